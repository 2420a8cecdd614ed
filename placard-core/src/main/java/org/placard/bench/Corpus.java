// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Reports read for a benchmark, with the problems met while reading them. Immutable.
 *
 * @param reports  in reading order
 * @param problems files or rows that could not be read
 */
public record Corpus(List<Report> reports, List<Problem> problems) {
  public Corpus {
    reports = List.copyOf(reports);
    problems = List.copyOf(problems);
  }

  /** The size of the reports' texts in UTF-8, what a throughput in MB/s counts. */
  public long bytes() {
    long sum = 0;
    for (Report r : reports) {
      sum += r.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return sum;
  }

  /** Every {@code size / n}-th report, spread over the whole corpus so that each kind of text keeps its share. */
  public Corpus sample(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("sample size must be positive: " + n);
    }
    if (n >= reports.size()) {
      return this;
    }
    double stride = (double) reports.size() / n;
    List<Report> picked = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      picked.add(reports.get((int) (i * stride)));
    }
    return new Corpus(picked, problems);
  }
}
