// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Report;

/**
 * A corpus repeated as often as a run needs, each repetition varied so that nothing can be served from a cache
 * and so that its events are new events, as in a real archive, not the first copy's events told again: copy
 * {@code c > 0} of a report has every year in its text (1900-2099) and its publication date moved {@code c}
 * years later, and {@code "\n\n[c]"} appended, so another text, another id and other dates. (Copies that kept
 * their dates would all merge into the first copy's events, which measures merging one event from ever more
 * reports rather than an archive.) Copies are made when asked for, so a run of a million reports holds no more
 * than the corpus itself. Immutable and thread-safe.
 */
final class VariedCorpus {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:19|20)\\d\\d(?!\\d|[.,]\\d)");
  private final List<Report> base;
  private final int[] baseBytes;
  private final long size;
  private final long firstCopy;

  /**
   * @param base      the corpus, not empty
   * @param size      how many reports to hand out, cycling through {@code base}
   * @param firstCopy the copy number of the first cycle: 0 hands out the reports unchanged
   */
  VariedCorpus(List<Report> base, long size, long firstCopy) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("empty corpus");
    }
    if (size < 0 || firstCopy < 0) {
      throw new IllegalArgumentException("size and first copy must not be negative");
    }
    this.base = List.copyOf(base);
    this.baseBytes = this.base.stream().mapToInt(r -> r.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    this.size = size;
    this.firstCopy = firstCopy;
  }

  long size() {
    return size;
  }

  Report get(long i) {
    Report r = base.get(index(i));
    long copy = copy(i);
    if (copy == 0) {
      return r;
    }
    return Report.of(laterYears(r.text(), copy) + marker(copy), r.title(), r.url(), r.outlet(),
        r.published().map(d -> d.plusYears(copy)), r.language(), r.input() + "~" + copy);
  }

  /** The UTF-8 size of the text of {@link #get}{@code (i)}, without building it (years keep their four digits). */
  long bytes(long i) {
    long copy = copy(i);
    return baseBytes[index(i)] + (copy == 0 ? 0 : marker(copy).length());
  }

  /** Every year 1900-2099 in {@code text} moved {@code years} later, kept to four digits (9999 at most). */
  static String laterYears(String text, long years) {
    Matcher m = YEAR.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Long.toString(Math.min(9999, Integer.parseInt(m.group()) + years)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private int index(long i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return (int) (i % base.size());
  }

  private long copy(long i) {
    return firstCopy + i / base.size();
  }

  private static String marker(long copy) {
    return "\n\n[" + copy + "]";
  }
}
