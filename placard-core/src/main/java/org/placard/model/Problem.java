// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something in the source data that could not be read or understood. Bad source data is normal in this
 * field: problems are recorded and shown, never thrown at the batch.
 *
 * @param input    the input it concerns (a path, "stdin", "feed.jsonl:12")
 * @param reportId the report, when one was read
 * @param stage    the pipeline stage that met it ("ingest", "geo", "time", "extract")
 * @param message  what went wrong, for a person
 * @param quote    the text concerned, when there is one
 */
public record Problem(String input, Optional<String> reportId, String stage, String message, Optional<String> quote) {
  public Problem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(quote, "quote");
  }

  public static Problem ofInput(String input, String stage, String message) {
    return new Problem(input, Optional.empty(), stage, message, Optional.empty());
  }

  public static Problem ofReport(Report report, String stage, String message, Optional<String> quote) {
    return new Problem(report.input(), Optional.of(report.id()), stage, message, quote);
  }
}
