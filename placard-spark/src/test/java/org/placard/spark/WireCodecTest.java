// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

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

class WireCodecTest {
  private static final Evidence EVIDENCE = new Evidence("r1", "claim", new Span(10, 27), "12 were arrested");

  @Test
  void gives_back_an_equal_event_with_every_field_set() {
    Event event = new Event("e1", new EventDate(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 7), TimePrecision.WEEK, true),
        Optional.of(new Place(Optional.of(112931L), "Tehran", "Teheran", Optional.of("Tehran"), "IR", "Iran",
            Optional.of(new Coordinates(35.694389, 51.421509)), 2)),
        new EventType("Demonstrations", "Protests", "Protest with intervention"), Set.of(Form.RALLY, Form.SIT_IN),
        List.of(new Actor("Students", ActorRole.PROTESTERS, List.of("students", "pupils"))),
        List.of(new Slogan("Bread, work, freedom", new Evidence("r1", "slogan", new Span(1, 21), "Bread, work, freedom"))),
        List.of(new Claim(Figure.ARRESTED, Optional.of(12L), "12", Optional.of(new Attribution("HRANA", Optional.of(LocalDate.of(2024, 3, 5)))),
            List.of(new Attribution("Example Radio", Optional.empty())), List.of(), EVIDENCE)),
        false, List.of(new Source("r1", Optional.of("Title"), Optional.of("https://example.org/1"), Optional.of("Example Wire"),
            Optional.of(LocalDate.of(2024, 3, 4)))),
        List.of(EVIDENCE));

    assertThat(WireCodec.decode(WireCodec.encode(event), Event.class)).isEqualTo(event);
  }

  @Test
  void gives_back_absent_values_as_absent() {
    Event event = new Event("e2", EventDate.day(LocalDate.of(2024, 3, 4)), Optional.empty(), EventType.PEACEFUL_PROTEST,
        Set.of(), List.of(), List.of(),
        List.of(new Claim(Figure.CROWD_SIZE, Optional.empty(), "hundreds", Optional.empty(), List.of(), List.of(), EVIDENCE)),
        true, List.of(new Source("r2", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), List.of());

    Event back = WireCodec.decode(WireCodec.encode(event), Event.class);

    assertThat(back).isEqualTo(event);
    assertThat(back.place()).isEmpty();
    assertThat(back.claims().get(0).value()).isEmpty();
  }

  @Test
  void gives_back_an_equal_report() {
    Report report = Report.of("Students rallied in Tehran.", Optional.of("Rally"), Optional.empty(),
        Optional.of("Example Wire"), Optional.of(LocalDate.of(2024, 3, 4)), "en", "a.jsonl@0:1");

    assertThat(WireCodec.decode(WireCodec.encode(report), Report.class)).isEqualTo(report);
  }

  @Test
  void refuses_what_it_did_not_write() {
    assertThatThrownBy(() -> WireCodec.decode("{\"id\": 1}", Event.class)).isInstanceOf(RuntimeException.class);
  }
}
