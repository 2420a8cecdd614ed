// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.placard.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a command may meet into one clear line on stderr and an exit code, in one place:
 * store and I/O failures exit 3, bad values found after parsing exit 2. Anything else is a bug and keeps
 * its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) throws Exception {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof StoreException || cause instanceof IOException) {
      cl.getErr().println("placard: " + cause.getMessage());
      return PlacardCommand.EXIT_FAILURE;
    }
    if (cause instanceof IllegalArgumentException) {
      cl.getErr().println("placard: " + cause.getMessage());
      return PlacardCommand.EXIT_USAGE;
    }
    throw e;
  }
}
