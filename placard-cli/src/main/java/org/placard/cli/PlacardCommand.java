// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: lists the subcommands. */
@Command(
    name = "placard",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Protest events from news reports: geocoded, dated, attributed, verifiable.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      ExportCommand.class,
      ProblemsCommand.class,
      SourcesCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      LoadCommand.class,
      EvalCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PlacardCommand implements Runnable {
  static final int EXIT_SOME_UNREADABLE = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_FAILURE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PlacardCommand());
    cl.setExecutionExceptionHandler(new FailureHandler());
    return cl;
  }
}
