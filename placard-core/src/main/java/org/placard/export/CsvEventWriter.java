// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.placard.model.Event;
import org.placard.model.Form;

/**
 * ACLED-style CSV: ACLED's column names in ACLED's order for the columns ACLED has, then Placard's own.
 *
 * <p>Columns ACLED fills from its own registers (numeric {@code iso}, {@code region}, {@code admin2/3},
 * {@code source_scale}, {@code timestamp}) are left empty rather than guessed. Symbolic acts with no crowd
 * (graffiti, banners, leaflets), which ACLED counts only with a demonstration of three or more, carry the tag
 * {@code symbolic act} so that users applying ACLED's rule can filter them.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) are prefixed with an apostrophe; numeric columns are written as numbers and left alone.
 */
final class CsvEventWriter implements EventWriter {
  static final List<String> ACLED_COLUMNS = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
      "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
  static final List<String> PLACARD_COLUMNS = List.of(
      "date_start", "date_end", "date_inferred", "forms", "iso2", "place_as_written", "geonameid", "slogans",
      "claims", "reference", "verification", "source_count", "report_ids");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Form> SYMBOLIC = List.of(Form.GRAFFITI, Form.BANNER, Form.LEAFLET);
  private final CSVPrinter csv;

  CsvEventWriter(OutputStream out) throws IOException {
    List<String> header = new ArrayList<>(ACLED_COLUMNS);
    header.addAll(PLACARD_COLUMNS);
    csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(Event event) throws IOException {
    Map<String, Object> f = ExportedEvent.fields(event);
    boolean stateForces = !((String) f.get("actor2")).isEmpty();
    boolean protesters = f.get("actor1") != null;
    List<Object> row = new ArrayList<>();
    row.add(text(f.get("event_id")));
    row.add(f.get("event_date"));
    row.add(event.date().eventDate().getYear());
    row.add(f.get("time_precision"));
    row.add(text(f.get("disorder_type")));
    row.add(text(f.get("event_type")));
    row.add(text(f.get("sub_event_type")));
    row.add(text(f.get("actor1")));
    row.add(text(String.join("; ", (List<String>) f.get("assoc_actors"))));
    row.add(protesters ? "Protesters" : "");
    row.add(text(f.get("actor2")));
    row.add("");
    row.add(stateForces ? "State forces" : "");
    row.add(interaction(protesters, stateForces));
    row.add("");
    row.add("");
    row.add("");
    row.add(text(f.get("country")));
    row.add(text(f.get("admin1")));
    row.add("");
    row.add("");
    row.add(text(f.get("location")));
    row.add(number(f.get("latitude")));
    row.add(number(f.get("longitude")));
    row.add(number(f.get("geo_precision")));
    row.add(text(String.join("; ", outlets((List<Map<String, Object>>) f.get("sources")))));
    row.add("");
    row.add(text(notes(event)));
    row.add(f.get("fatalities"));
    row.add(event.forms().stream().anyMatch(SYMBOLIC::contains) ? "symbolic act" : "");
    row.add("");
    row.add(f.get("date_start"));
    row.add(f.get("date_end"));
    row.add(f.get("date_inferred"));
    row.add(text(String.join("; ", (List<String>) f.get("forms"))));
    row.add(text(f.get("iso2")));
    row.add(text(f.get("place_as_written")));
    row.add(number(f.get("geonameid")));
    row.add(text(String.join(" | ", (List<String>) f.get("slogans"))));
    row.add(text(JSON.writeValueAsString(f.get("claims"))));
    row.add(f.get("reference"));
    row.add(f.get("verification"));
    row.add(f.get("source_count"));
    row.add(text(String.join("; ", event.sources().stream().map(s -> s.reportId()).toList())));
    csv.printRecord(row);
  }

  @Override
  public void close() throws IOException {
    csv.close(true);
  }

  private static String interaction(boolean protesters, boolean stateForces) {
    if (protesters && stateForces) {
      return "State forces-Protesters";
    }
    return protesters ? "Protesters only" : "";
  }

  private static List<String> outlets(List<Map<String, Object>> sources) {
    return sources.stream().map(s -> (String) s.get("outlet")).filter(o -> o != null).distinct().toList();
  }

  /** ACLED's notes column: the event's own words, the first evidence quote that states the event. */
  private static String notes(Event event) {
    return event.evidence().stream()
        .filter(e -> e.field().equals("event"))
        .map(e -> e.quote().strip())
        .findFirst()
        .orElse("");
  }

  private static Object number(Object value) {
    return value == null ? "" : value;
  }

  /** Neutralises a text cell that a spreadsheet would evaluate as a formula. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }
}
