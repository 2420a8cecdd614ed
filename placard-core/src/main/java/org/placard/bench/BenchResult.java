// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A bench run: Placard's timed pass and, when asked for, the baseline's. Prints as a table for people and as
 * one JSON line for scripts. Immutable.
 *
 * @param corpusReports   reports read from the corpus files (before repetition)
 * @param readingProblems files or rows of the corpus that could not be read
 * @param repeat          how often the corpus was run through, each time varied
 * @param placard         Placard's timed pass
 * @param baseline        the baseline's timed pass, on a sample of the corpus
 */
public record BenchResult(
    long corpusReports, long readingProblems, int repeat, PassResult placard, Optional<PassResult> baseline) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public BenchResult {
    Objects.requireNonNull(placard, "placard");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** How many times Placard's reports per second exceed the baseline's. */
  public Optional<Double> speedup() {
    return baseline.map(b -> placard.reportsPerSecond() / b.reportsPerSecond());
  }

  /** The same ratio per CPU second, which holds when other work shares the machine. */
  public Optional<Double> cpuSpeedup() {
    return baseline.flatMap(b -> placard.reportsPerCpuSecond()
        .flatMap(p -> b.reportsPerCpuSecond().map(q -> p / q)));
  }

  /** One line of JSON: reports, reports_per_s, mb_per_s, events, peak_heap_mb (and the baseline's rate). */
  public String json() {
    ObjectNode o = JSON.createObjectNode();
    o.put("reports", placard.reports());
    o.put("reports_per_s", round(placard.reportsPerSecond()));
    o.put("mb_per_s", round3(placard.mbPerSecond()));
    o.put("events", placard.events());
    o.put("peak_heap_mb", round(placard.peakHeapMb()));
    o.put("threads", placard.threads());
    o.put("reports_per_s_per_thread", round(placard.reportsPerSecondPerThread()));
    o.put("seconds", round(placard.seconds()));
    placard.reportsPerCpuSecond().ifPresent(r -> o.put("reports_per_cpu_s", round(r)));
    o.put("cpu_seconds", round(placard.cpuNanos() / 1e9));
    o.put("mb", round(placard.bytes() / 1e6));
    o.put("problems", placard.problems());
    o.put("corpus_reports", corpusReports);
    o.put("reading_problems", readingProblems);
    o.put("repeat", repeat);
    baseline.ifPresent(b -> {
      o.put("baseline", b.name());
      o.put("baseline_reports", b.reports());
      o.put("baseline_reports_per_s", round(b.reportsPerSecond()));
      o.put("baseline_mb_per_s", round3(b.mbPerSecond()));
      b.reportsPerCpuSecond().ifPresent(r -> o.put("baseline_reports_per_cpu_s", round(r)));
      o.put("baseline_events", b.events());
      o.put("speedup", round(speedup().orElseThrow()));
      cpuSpeedup().ifPresent(x -> o.put("cpu_speedup", round(x)));
    });
    return o.toString();
  }

  /** The result for people: one row per pipeline, then where each one's time went. */
  public String table() {
    StringBuilder t = new StringBuilder();
    t.append(String.format("%-10s %10s %9s %9s %10s %12s %12s %8s %9s %9s %10s%n", "pipeline", "reports", "MB",
        "seconds", "reports/s", "per thread", "per CPU s", "MB/s", "events", "problems", "peak heap"));
    row(t, placard);
    baseline.ifPresent(b -> row(t, b));
    stages(t, placard);
    baseline.ifPresent(b -> stages(t, b));
    speedup().ifPresent(s -> t.append(String.format("speedup: %.1fx reports/s, %.1fx per CPU second (the baseline"
        + " ran on a sample spread evenly over the corpus)%n", s, cpuSpeedup().orElse(Double.NaN))));
    return t.toString();
  }

  private static void row(StringBuilder t, PassResult p) {
    t.append(String.format("%-10s %,10d %9.1f %9.1f %10.1f %12.1f %12.1f %8.3f %,9d %,9d %6.0f MiB%n", p.name(),
        p.reports(), p.bytes() / 1e6, p.seconds(), p.reportsPerSecond(), p.reportsPerSecondPerThread(),
        p.reportsPerCpuSecond().orElse(Double.NaN), p.mbPerSecond(), p.events(), p.problems(), p.peakHeapMb()));
  }

  private static void stages(StringBuilder t, PassResult p) {
    long total = p.stageNanos().values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return;
    }
    t.append(String.format("%s, time per report by stage:", p.name()));
    for (String stage : StageClock.STAGES) {
      long n = p.stageNanos().getOrDefault(stage, 0L);
      if (n > 0) {
        t.append(String.format(" %s %.3f ms (%.0f%%);", stage, n / 1e6 / p.reports(), 100.0 * n / total));
      }
    }
    t.setLength(t.length() - 1);
    t.append(String.format("%n"));
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  /** Three decimals, as a slow baseline's MB/s is a few thousandths. */
  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
