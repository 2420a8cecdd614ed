// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.placard.model.Event;

/**
 * A GeoJSON FeatureCollection of points, streamed: each event a Feature whose properties are the JSON Lines
 * fields. Events with no coordinates are written with a null geometry (as GeoJSON allows), not at 0,0.
 */
final class GeoJsonEventWriter implements EventWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonGenerator gen;

  GeoJsonEventWriter(OutputStream out) throws IOException {
    gen = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8);
    gen.writeStartObject();
    gen.writeStringField("type", "FeatureCollection");
    gen.writeArrayFieldStart("features");
  }

  @Override
  public void write(Event event) throws IOException {
    Map<String, Object> fields = ExportedEvent.fields(event);
    gen.writeStartObject();
    gen.writeStringField("type", "Feature");
    gen.writeStringField("id", event.id());
    Object lat = fields.get("latitude");
    Object lon = fields.get("longitude");
    if (lat != null && lon != null) {
      gen.writeObjectFieldStart("geometry");
      gen.writeStringField("type", "Point");
      gen.writeArrayFieldStart("coordinates");
      gen.writeNumber((Double) lon);
      gen.writeNumber((Double) lat);
      gen.writeEndArray();
      gen.writeEndObject();
    } else {
      gen.writeNullField("geometry");
    }
    gen.writeFieldName("properties");
    JSON.writeValue(gen, fields);
    gen.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    gen.writeEndArray();
    gen.writeEndObject();
    gen.close();
  }
}
