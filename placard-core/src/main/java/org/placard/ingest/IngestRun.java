// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.util.Optional;
import java.util.function.Consumer;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * One {@link ReportSources#read} call in progress: delivers reports (with the user's stated metadata applied)
 * and problems to the caller's consumers, and counts them per input for the {@link IngestSummary}. Not
 * thread-safe; lives for one call.
 */
final class IngestRun {
  static final String STAGE = "ingest";

  private final SourceDefaults defaults;
  private final Consumer<Report> reports;
  private final Consumer<Problem> problems;
  private int inputs;
  private int unreadable;
  private long reportCount;
  private long reportsAtInputStart;
  private boolean problemInInput;

  IngestRun(SourceDefaults defaults, Consumer<Report> reports, Consumer<Problem> problems) {
    this.defaults = defaults;
    this.reports = reports;
    this.problems = problems;
  }

  void startInput() {
    inputs++;
    reportsAtInputStart = reportCount;
    problemInInput = false;
  }

  void endInput() {
    if (problemInInput && reportCount == reportsAtInputStart) {
      unreadable++;
    }
  }

  /** Delivers a report, after the user's stated metadata; returns it as delivered. */
  Report report(Report report) {
    Report stated = defaults.applyTo(report);
    reportCount++;
    reports.accept(stated);
    return stated;
  }

  void problem(String input, String message) {
    problemInInput = true;
    problems.accept(Problem.ofInput(input, STAGE, input + ": " + message));
  }

  void problem(Report report, String message, Optional<String> quote) {
    problemInInput = true;
    problems.accept(Problem.ofReport(report, STAGE, report.input() + ": " + message, quote));
  }

  IngestSummary summary() {
    return new IngestSummary(inputs, unreadable, reportCount);
  }
}
