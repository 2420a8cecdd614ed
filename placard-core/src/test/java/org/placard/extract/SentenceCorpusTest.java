// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.placard.model.Actor;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.TimePrecision;

/**
 * The sentence corpus ({@code sentences.jsonl}): invented one-sentence reports, each with the places and times a
 * geoparser and tagger would give, and the coding a careful ACLED coder expects. One test per line; only the
 * keys a line states are checked.
 */
class SentenceCorpusTest {
  private static final RuleEventExtractor EXTRACTOR = new RuleEventExtractor();

  @TestFactory
  Stream<DynamicTest> everySentenceIsCodedAsExpected() throws IOException {
    ObjectMapper json = new ObjectMapper();
    return Fixtures.resource("sentences.jsonl").lines().filter(l -> !l.isBlank()).map(line -> {
      try {
        JsonNode c = json.readTree(line);
        return DynamicTest.dynamicTest(c.get("id").asText(), () -> check(c));
      } catch (IOException e) {
        throw new IllegalStateException(line, e);
      }
    });
  }

  private static void check(JsonNode c) {
    String text = c.get("text").asText();
    Fixtures f = new Fixtures(text);
    for (JsonNode p : c.get("places")) {
      if (p.isTextual()) {
        f.town(p.asText(), p.asText(), 1000 + Math.abs(p.asText().hashCode() % 100000), 32, 53);
      } else if (p.path("country").asBoolean()) {
        f.country(p.get("text").asText());
      } else {
        String name = p.get("text").asText();
        f.place(name, new Place(Optional.of(2988507L), name, name, Optional.empty(), p.get("country_code").asText(),
            p.get("country_name").asText(), Optional.of(new Coordinates(48.85, 2.35)), 1), "P");
      }
    }
    for (JsonNode t : c.get("times")) {
      LocalDate start = LocalDate.parse(t.get("start").asText());
      LocalDate end = t.has("end") ? LocalDate.parse(t.get("end").asText()) : start;
      f.range(t.get("text").asText(), start, end, TimePrecision.valueOf(t.path("precision").asText("DAY")));
    }
    Optional<LocalDate> published = c.has("published") ? Optional.of(LocalDate.parse(c.get("published").asText()))
        : Optional.empty();
    Optional<String> outlet = c.has("outlet") ? Optional.of(c.get("outlet").asText()) : Optional.empty();
    Report report = Report.of(text, Optional.empty(), Optional.empty(), outlet, published, "en", "corpus");
    List<Problem> problems = new ArrayList<>();
    List<Event> all = EXTRACTOR.extract(report, f.places, f.times, problems::add);
    List<Event> events = all.stream().filter(e -> !e.reference()).toList();

    if (c.has("relevant")) {
      assertThat(EXTRACTOR.relevant(report)).as("relevant").isEqualTo(c.get("relevant").asBoolean());
    }
    assertThat(events).as("events").hasSize(c.get("events").asInt());
    assertThat(all.size() - events.size()).as("references").isEqualTo(c.path("references").asInt(0));
    assertThat(problems).as("problems").hasSize(c.path("problems").asInt(0));
    if (events.isEmpty()) {
      return;
    }
    Event first = events.get(0);
    if (c.has("type")) {
      assertThat(first.type().disorderType() + "/" + first.type().eventType() + "/" + first.type().subEventType())
          .isEqualTo(c.get("type").asText());
    }
    if (c.has("forms")) {
      List<Form> forms = new ArrayList<>();
      c.get("forms").forEach(x -> forms.add(Form.ofLabel(x.asText())));
      assertThat(first.forms()).as("forms").containsExactlyInAnyOrderElementsOf(forms);
    }
    if (c.has("actors")) {
      List<String> names = first.actors().stream().map(Actor::name).toList();
      c.get("actors").forEach(a -> assertThat(names).as("actors").contains(a.asText()));
    }
    if (c.has("not_actors")) {
      List<String> names = first.actors().stream().map(Actor::name).toList();
      c.get("not_actors").forEach(a -> assertThat(names).as("not actors").doesNotContain(a.asText()));
    }
    if (c.has("slogans")) {
      List<String> wanted = new ArrayList<>();
      c.get("slogans").forEach(x -> wanted.add(x.asText()));
      assertThat(first.slogans()).extracting(org.placard.model.Slogan::text).containsExactlyElementsOf(wanted);
    }
    if (c.has("geo_precision")) {
      assertThat(first.place()).hasValueSatisfying(p -> assertThat(p.precision()).isEqualTo(c.get("geo_precision").asInt()));
    }
    if (c.has("inferred")) {
      assertThat(first.date().inferred()).isEqualTo(c.get("inferred").asBoolean());
    }
    if (c.has("date")) {
      assertThat(first.date().start()).as("date").hasToString(c.get("date").asText());
    }
    if (c.has("place")) {
      assertThat(first.place().map(Place::nameAsWritten)).as("place").contains(c.get("place").asText());
    }
    c.path("dates").fields().forEachRemaining(d -> assertThat(events).as("date at " + d.getKey())
        .anyMatch(e -> e.place().get().nameAsWritten().equals(d.getKey())
            && e.date().start().toString().equals(d.getValue().asText())));
    if (c.has("claims")) {
      List<Claim> claims = events.stream().flatMap(e -> e.claims().stream()).toList();
      assertThat(claims).as("claims").hasSize(c.get("claims").size());
      for (JsonNode want : c.get("claims")) {
        assertThat(claims).as("claim " + want).anySatisfy(got -> matches(got, want));
      }
    }
  }

  private static void matches(Claim got, JsonNode want) {
    assertThat(got.figure().label()).isEqualTo(want.get("figure").asText());
    assertThat(got.asWritten()).isEqualTo(want.get("as_written").asText());
    assertThat(got.value()).isEqualTo(want.get("value").isNull() ? Optional.empty()
        : Optional.of(want.get("value").asLong()));
    if (want.has("claimant")) {
      assertThat(got.claimant().map(Attribution::source)).contains(want.get("claimant").asText());
    }
    if (want.has("corroborated_by")) {
      assertThat(got.corroboratedBy()).extracting(Attribution::source).contains(want.get("corroborated_by").asText());
    }
    if (want.has("disputed_by")) {
      assertThat(got.disputedBy()).extracting(Attribution::source).contains(want.get("disputed_by").asText());
    }
  }
}
