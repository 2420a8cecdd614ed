// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.placard.time.RuleTimeTagger;
import org.placard.time.TimeTagger;

/**
 * Throughput of the {@link RuleTimeTagger} on real text: the stripped texts of every TimeML file under a folder
 * and, optionally, the first {@code megabytes} MB of {@code notes} of a Mass Mobilization CSV, each text tagged
 * as one report. Prints MB/s and ms per report, of CPU and of wall time, for five rounds (the first ones warm up); run by hand, on one thread:
 * {@code java -cp <classpath> org.placard.eval.TimemlBenchmark <timeml-dir> [<mm.csv> [megabytes]]}. With
 * {@code -Dplacard.dump=<file>} it also writes every mention found, one a line, for diffing two versions.
 */
public final class TimemlBenchmark {

  private TimemlBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TimemlBenchmark <timeml-dir> [<mass-mobilization.csv> [megabytes]]");
      System.exit(2);
    }
    List<String> timeml = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        timeml.add(TimemlDocument.read(f).text());
      }
    }
    TimeTagger tagger = new RuleTimeTagger();
    Optional<LocalDate> anchor = Optional.of(LocalDate.of(2020, 10, 10));
    run("timeml", timeml, tagger, anchor);
    List<String> notes = args.length > 1
        ? notes(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3) : List.of();
    if (!notes.isEmpty()) {
      run("mass-mobilization notes", notes, tagger, anchor);
    }
    String dump = System.getProperty("placard.dump");
    if (dump != null) {
      // Every mention of every text, to check that a speed-up leaves the output unchanged (diff two dumps).
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8))) {
        for (List<String> corpus : List.of(timeml, notes)) {
          for (String t : corpus) {
            tagger.tag(t, anchor).forEach(out::println);
          }
        }
      }
    }
  }

  private static List<String> notes(Path csv, int megabytes) throws IOException {
    List<String> notes = new ArrayList<>();
    long chars = 0;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        String note = r.get("notes");
        if (!note.isBlank()) {
          notes.add(note);
          chars += note.length();
        }
        if (chars >= megabytes * 1_000_000L) {
          break;
        }
      }
    }
    return notes;
  }

  private static void run(String name, List<String> texts, TimeTagger tagger, Optional<LocalDate> anchor) {
    long chars = texts.stream().mapToLong(String::length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 5; round++) {
      // CPU time of this thread as well as wall time: on a shared machine the wall clock says little.
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long mentions = 0;
      for (String t : texts) {
        mentions += tagger.tag(t, anchor).size();
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf("%s round %d: %d reports, %.2f MB, %d mentions; cpu %.2f s, %.2f MB/s, %.3f ms/report;"
          + " wall %.2f s, %.2f MB/s%n", name, round, texts.size(), chars / 1e6, mentions, cpu, chars / 1e6 / cpu,
          cpu * 1000 / texts.size(), wall, chars / 1e6 / wall);
    }
  }
}
