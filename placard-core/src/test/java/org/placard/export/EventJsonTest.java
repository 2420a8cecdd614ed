// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

class EventJsonTest {
  private static final String TEXT = "Last week in Teheran, 1,500 people joined a rally, chanting «Nan, kar, azadi» — "
      + "بیکاری ✊🏽. Police arrested dozens.";
  private static final Report REPORT = Report.of(TEXT, Optional.of("Rally in Tehran"),
      Optional.of("https://example.org/a"), Optional.of("iranfocus"), Optional.of(LocalDate.of(2020, 10, 12)), "en",
      "a.txt");

  private static Evidence evidence(String field, String words) {
    int start = TEXT.indexOf(words);
    return Evidence.of(REPORT, field, new Span(start, start + words.length()));
  }

  /** Every list filled, every optional both present and absent somewhere. */
  static Event rich() {
    Claim crowd = new Claim(Figure.CROWD_SIZE, Optional.of(1500L), "1,500",
        Optional.of(new Attribution("organisers", Optional.of(LocalDate.of(2020, 10, 6)))),
        List.of(new Attribution("Reuters", Optional.empty()), new Attribution("AFP", Optional.of(LocalDate.of(2020, 10, 7)))),
        List.of(new Attribution("police", Optional.of(LocalDate.of(2020, 10, 6)))), evidence("claim", "1,500"));
    Claim arrests = new Claim(Figure.ARRESTED, Optional.empty(), "dozens", Optional.empty(), List.of(), List.of(),
        evidence("claim", "dozens"));
    Place tehran = new Place(Optional.of(112931L), "Tehran", "Teheran", Optional.of("Tehran Province"), "IR", "Iran",
        Optional.of(new Coordinates(35.69439, 51.42151)), 1);
    return new Event("ev-1", new EventDate(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11), TimePrecision.WEEK, true),
        Optional.of(tehran), new EventType("Demonstrations", "Protests", "Protest with intervention"),
        Set.of(Form.RALLY, Form.CHANTING, Form.SIT_IN, Form.BANNER),
        List.of(new Actor("PMOI/MEK Resistance Units", ActorRole.ORGANISER, List.of("Resistance Units", "the units")),
            new Actor("Protesters (Iran)", ActorRole.PROTESTERS, List.of()),
            new Actor("Police Forces of Iran", ActorRole.STATE_FORCES, List.of("Police"))),
        List.of(new Slogan("«Nan, kar, azadi» — بیکاری ✊🏽", evidence("slogan", "«Nan, kar, azadi» — بیکاری ✊🏽"))),
        List.of(crowd, arrests), false,
        List.of(Source.of(REPORT), new Source("other", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
        List.of(evidence("place", "Teheran"), evidence("date", "Last week")));
  }

  @Test
  void aRichEventReadsBackEqual() {
    Event event = rich();
    assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
  }

  @Test
  void anEventWithNothingOptionalReadsBackEqual() {
    Event bare = new Event("bare", EventDate.day(LocalDate.of(2021, 1, 2)), Optional.empty(), EventType.PEACEFUL_PROTEST,
        Set.of(), List.of(), List.of(), List.of(), true, List.of(), List.of());
    String json = EventJson.write(bare);
    assertThat(json).contains("\"place\":null").contains("\"reference\":true");
    assertThat(EventJson.read(json)).isEqualTo(bare);
  }

  @Test
  void theSameEventAlwaysGivesTheSameText() {
    Event event = rich();
    Event reordered = new Event(event.id(), event.date(), event.place(), event.type(),
        Set.of(Form.BANNER, Form.SIT_IN, Form.CHANTING, Form.RALLY), event.actors(), event.slogans(), event.claims(),
        event.reference(), event.sources(), event.evidence());
    assertThat(EventJson.write(reordered)).isEqualTo(EventJson.write(event));
  }

  @Test
  void itReadsAsTheModelDoes() {
    String json = EventJson.write(rich());
    assertThat(json).startsWith("{\"id\":\"ev-1\",\"date\":{\"start\":\"2020-10-05\",\"end\":\"2020-10-11\","
        + "\"precision\":\"WEEK\",\"inferred\":true},\"place\":{\"geonameId\":112931,");
    assertThat(json).contains("\"forms\":[\"RALLY\",\"SIT_IN\",\"BANNER\",\"CHANTING\"]")
        .contains("\"value\":null").contains("\"published\":\"2020-10-12\"").doesNotContain("eventDate");
  }

  @Test
  void whatIsNotAnEventIsRefusedWithTheReason() {
    String json = EventJson.write(rich());
    assertThatThrownBy(() -> EventJson.read("{\"id\":\"x\"")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a Placard event");
    assertThatThrownBy(() -> EventJson.read(json.replace("\"reference\":false", "\"reference\":false,\"colour\":1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> EventJson.read(json.replace("\"value\":1500", "\"value\":-3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> EventJson.read(json.replace(",\"sources\":", ",\"ignored\":")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
