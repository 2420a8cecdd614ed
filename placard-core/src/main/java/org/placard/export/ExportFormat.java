// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/** The export formats, each with its writer. */
public enum ExportFormat {
  JSONL("jsonl"),
  CSV("csv"),
  GEOJSON("geojson"),
  /** Placard's lossless form ({@link EventJson}), one event a line: what {@code placard load} reads. */
  NATIVE("native.jsonl");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** A writer of this format onto {@code out}, which it closes when closed. */
  public EventWriter writer(OutputStream out) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesEventWriter(out);
      case CSV -> new CsvEventWriter(out);
      case GEOJSON -> new GeoJsonEventWriter(out);
      case NATIVE -> new NativeEventWriter(out);
    };
  }

  public static ExportFormat ofName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
