// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of bytes from a stream, split on {@code \n}, each held only up to a limit: a longer line is skipped to
 * its end without being kept, so a huge single-line file costs no more memory than the limit. Not thread-safe.
 */
final class ByteLines {
  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int filled;
  private byte[] line = new byte[256];
  private int length;
  private boolean overflowed;
  private long number;

  ByteLines(InputStream in, long limit) {
    this.in = in;
    this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 16);
  }

  /** Reads the next line; false at the end of the stream. A failed read throws, with earlier lines kept. */
  boolean next() throws IOException {
    length = 0;
    overflowed = false;
    int b = read();
    if (b < 0) {
      return false;
    }
    number++;
    while (b >= 0 && b != '\n') {
      if (length < limit) {
        if (length == line.length) {
          line = Arrays.copyOf(line, (int) Math.min((long) limit, 2L * line.length));
        }
        line[length++] = (byte) b;
      } else {
        overflowed = true;
      }
      b = read();
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private int read() throws IOException {
    if (position == filled) {
      filled = in.read(buffer, 0, buffer.length);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xFF;
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line was longer than the limit (its bytes are then incomplete). */
  boolean overflowed() {
    return overflowed;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }
}
