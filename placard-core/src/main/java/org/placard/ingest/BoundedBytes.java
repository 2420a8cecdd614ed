// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bytes of one document, read up to a limit so that no input can take more memory than the limit allows.
 * A read that fails half-way (a truncated gzip stream) keeps what came before the failure.
 *
 * @param bytes    the buffer (may be longer than {@code length})
 * @param length   how many bytes were read
 * @param tooLarge whether the input went on past the limit (the bytes are then incomplete)
 * @param failure  the I/O error that ended the read early, if any
 */
record BoundedBytes(byte[] bytes, int length, boolean tooLarge, Optional<IOException> failure) {

  static BoundedBytes read(InputStream in, long limit) {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    byte[] buffer = new byte[(int) Math.min(cap, 64 * 1024)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length >= cap) {
            return new BoundedBytes(buffer, length, in.read() >= 0, Optional.empty());
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) cap, 2L * buffer.length));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          return new BoundedBytes(buffer, length, false, Optional.empty());
        }
        length += n;
      }
    } catch (IOException e) {
      return new BoundedBytes(buffer, length, false, Optional.of(e));
    }
  }
}
