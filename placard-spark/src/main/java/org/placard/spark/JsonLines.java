// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.placard.export.ExportedEvent;
import org.placard.model.Event;
import org.placard.model.Problem;

/**
 * The lines the job writes: events as {@code placard export --format jsonl} writes them (the fields of
 * {@link ExportedEvent}, in order), and problems as objects of their fields. Thread-safe.
 */
public final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  /** One line of the export contract, without its newline. */
  public static String event(Event event) {
    return write(ExportedEvent.fields(event));
  }

  /** A problem: {@code input}, {@code report_id}, {@code stage}, {@code message}, {@code quote}. */
  public static String problem(Problem problem) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("input", problem.input());
    f.put("report_id", problem.reportId().orElse(null));
    f.put("stage", problem.stage());
    f.put("message", problem.message());
    f.put("quote", problem.quote().orElse(null));
    return write(f);
  }

  private static String write(Map<String, Object> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }
}
