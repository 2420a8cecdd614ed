// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Throughput of the tagger on one long line of random words with time words mixed in (no sentence breaks, the
 * worst case for the clause scan), and on news-like text. Run by hand; it asserts nothing about time:
 * {@code java -cp placard-core/target/classes:placard-core/target/test-classes
 * org.placard.time.RuleTimeTaggerBenchmark 8}
 */
public final class RuleTimeTaggerBenchmark {

  private static final String[] WORDS = {
    "the", "protest", "on", "Friday", "police", "last", "week", "in", "October", "2020", "three", "days", "ago",
    "of", "May", "and", "1500", "people", "at", "3", "p.m.", "early", "mid-", "Aban", "1398", "every", "for",
    "years", "now", "recently", "quarter", "twenty-four", "hours", "-", "10/10/2020", "Tehran", "said", "will",
  };

  private RuleTimeTaggerBenchmark() {}

  /** One line of about {@code megabytes} MB of random words from a fixed seed. */
  static String randomLine(int megabytes) {
    Random random = new Random(42);
    StringBuilder sb = new StringBuilder(megabytes * 1_000_000 + 20);
    while (sb.length() < megabytes * 1_000_000) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return sb.toString();
  }

  public static void main(String[] args) {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    String text = randomLine(megabytes);
    RuleTimeTagger tagger = new RuleTimeTagger();
    long t0 = System.nanoTime();
    List<TimeMention> found = tagger.tag(text, Optional.of(LocalDate.of(2020, 10, 10)));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("%d MB in one line: %d mentions in %.2f s (%.2f MB/s)%n", megabytes, found.size(), seconds,
        megabytes / seconds);
  }
}
