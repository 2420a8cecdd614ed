// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

/**
 * What one {@link ReportSources#read} did, for the line at the end of a run ("2 of 40 inputs could not be
 * read").
 *
 * @param inputs     files (and stdin) looked at; a folder counts the files in it
 * @param unreadable inputs that gave no report and at least one problem
 * @param reports    reports delivered
 */
public record IngestSummary(int inputs, int unreadable, long reports) {

  public IngestSummary {
    if (inputs < 0 || unreadable < 0 || unreadable > inputs || reports < 0) {
      throw new IllegalArgumentException(
          "inconsistent summary: inputs=" + inputs + " unreadable=" + unreadable + " reports=" + reports);
    }
  }

  @Override
  public String toString() {
    return reports + " reports; " + unreadable + " of " + inputs + " inputs could not be read";
  }
}
