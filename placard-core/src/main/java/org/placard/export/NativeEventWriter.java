// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.placard.model.Event;

/** One event a line in Placard's lossless form, for moving events between stores. */
final class NativeEventWriter implements EventWriter {
  private final OutputStream out;

  NativeEventWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(Event event) throws IOException {
    out.write(EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
