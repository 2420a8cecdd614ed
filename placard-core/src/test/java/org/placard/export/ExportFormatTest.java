// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.model.TimePrecision;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "Students rallied in Karaj on 3 May 2021. =HYPERLINK(\"x\") was chanted. "
      + "Police said 200 took part; organisers said 2,000. Two were killed, according to a monitor.";

  static Event event(String chant) {
    Report report = Report.of(TEXT, Optional.of("Rally"), Optional.of("https://example.org/a"),
        Optional.of("Example News"), Optional.of(LocalDate.of(2021, 5, 4)), "en", "a.txt");
    Evidence crowd = Evidence.of(report, "claim", new Span(72, 107));
    Place karaj = new Place(Optional.of(128747L), "Karaj", "Karaj", Optional.of("Alborz"), "IR", "Iran",
        Optional.of(new Coordinates(35.83266, 50.99155)), 1);
    return new Event("ev1", new EventDate(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 7), TimePrecision.WEEK, false),
        Optional.of(karaj), EventType.PEACEFUL_PROTEST, Set.of(Form.RALLY, Form.CHANTING),
        List.of(new Actor("Students (Iran)", ActorRole.PROTESTERS, List.of("Students")),
            new Actor("Police Forces of Iran", ActorRole.STATE_FORCES, List.of("Police"))),
        List.of(new Slogan(chant, Evidence.of(report, "slogan", new Span(42, 58)))),
        List.of(
            new Claim(Figure.CROWD_SIZE, Optional.of(200L), "200",
                Optional.of(new Attribution("police", Optional.empty())), List.of(), List.of(), crowd),
            new Claim(Figure.KILLED, Optional.of(2L), "Two",
                Optional.of(new Attribution("a monitor", Optional.empty())), List.of(), List.of(), crowd),
            new Claim(Figure.KILLED, Optional.of(5L), "five",
                Optional.empty(), List.of(), List.of(new Attribution("police", Optional.of(LocalDate.of(2021, 5, 5)))), crowd)),
        false, List.of(Source.of(report)), List.of(Evidence.of(report, "event", new Span(0, 40))));
  }

  static String write(ExportFormat format, Event... events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventWriter w = format.writer(out)) {
      for (Event e : events) {
        w.write(e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesCarryTheContractFields() throws IOException {
    String out = write(ExportFormat.JSONL, event("=HYPERLINK(\"x\")"), event("Down with it"));
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode e = JSON.readTree(lines.get(0));
    assertThat(e.get("event_date").asText()).isEqualTo("2021-05-04");
    assertThat(e.get("time_precision").asInt()).isEqualTo(2);
    assertThat(e.get("forms")).extracting(JsonNode::asText).containsExactly("rally", "chanting");
    assertThat(e.get("actor1").asText()).isEqualTo("Protesters (Iran)");
    assertThat(e.get("actor2").asText()).isEqualTo("Police Forces of Iran");
    assertThat(e.get("geonameid").asLong()).isEqualTo(128747L);
    assertThat(e.get("fatalities").asLong()).as("lowest credible killed figure").isEqualTo(2L);
    assertThat(e.get("claims")).hasSize(3);
    assertThat(e.get("claims").get(2).get("disputed_by").get(0).get("on").asText()).isEqualTo("2021-05-05");
    assertThat(e.get("sources").get(0).get("outlet").asText()).isEqualTo("Example News");
    assertThat(e.get("evidence").get(0).get("quote").asText()).isEqualTo("Students rallied in Karaj on 3 May 2021.");
    for (String key : List.of("event_id", "date_start", "date_end", "event_type", "sub_event_type", "assoc_actors",
        "iso2", "country", "admin1", "location", "place_as_written", "latitude", "longitude", "geo_precision",
        "slogans", "reference", "verification", "source_count")) {
      assertThat(e.has(key)).as(key).isTrue();
    }
  }

  @Test
  void csvHasAcledColumnsFirstAndNeutralisesFormulas() throws IOException {
    String out = write(ExportFormat.CSV, event("=HYPERLINK(\"x\")"));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out)).getRecords();
    assertThat(rows).hasSize(1);
    CSVRecord row = rows.get(0);
    assertThat(row.getParser().getHeaderNames().subList(0, CsvEventWriter.ACLED_COLUMNS.size()))
        .isEqualTo(CsvEventWriter.ACLED_COLUMNS);
    assertThat(row.get("slogans")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(row.get("latitude")).isEqualTo("35.83266");
    assertThat(row.get("interaction")).isEqualTo("State forces-Protesters");
    assertThat(row.get("fatalities")).isEqualTo("2");
    assertThat(row.get("event_date")).isEqualTo("2021-05-04");
  }

  @Test
  void textCellsStartingWithFormulaCharactersArePrefixed() {
    assertThat(CsvEventWriter.text("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvEventWriter.text("+31")).isEqualTo("'+31");
    assertThat(CsvEventWriter.text("-2")).isEqualTo("'-2");
    assertThat(CsvEventWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvEventWriter.text("Karaj")).isEqualTo("Karaj");
  }

  @Test
  void geoJsonIsAFeatureCollectionOfPointsInLonLatOrder() throws IOException {
    JsonNode fc = JSON.readTree(write(ExportFormat.GEOJSON, event("x"), event("y")));
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features")).hasSize(2);
    JsonNode geometry = fc.get("features").get(0).get("geometry");
    assertThat(geometry.get("coordinates").get(0).asDouble()).isEqualTo(50.99155);
    assertThat(geometry.get("coordinates").get(1).asDouble()).isEqualTo(35.83266);
    assertThat(fc.get("features").get(0).get("properties").get("location").asText()).isEqualTo("Karaj");
  }

  @Test
  void emptyGeoJsonIsStillValid() throws IOException {
    JsonNode fc = JSON.readTree(write(ExportFormat.GEOJSON));
    assertThat(fc.get("features")).isEmpty();
  }
}
