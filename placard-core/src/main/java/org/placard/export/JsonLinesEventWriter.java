// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.placard.model.Event;

/** One JSON object per line, with every field of {@link ExportedEvent}. */
final class JsonLinesEventWriter implements EventWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OutputStream out;

  JsonLinesEventWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(Event event) throws IOException {
    JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, ExportedEvent.fields(event));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
