// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.placard.model.Report;

/**
 * A corpus repeated as often as a run needs, each repetition varied so that nothing can be served from a cache:
 * copy {@code c > 0} of a report has {@code "\n\n[c]"} appended to its text, and so another text and another id.
 * Copies are made when asked for, so a run of a million reports holds no more than the corpus itself. Immutable
 * and thread-safe.
 */
final class VariedCorpus {
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
    return Report.of(r.text() + marker(copy), r.title(), r.url(), r.outlet(), r.published(), r.language(),
        r.input() + "~" + copy);
  }

  /** The UTF-8 size of the text of {@link #get}{@code (i)}, without building it. */
  long bytes(long i) {
    long copy = copy(i);
    return baseBytes[index(i)] + (copy == 0 ? 0 : marker(copy).length());
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
