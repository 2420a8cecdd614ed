// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.model.TimePrecision;
import org.placard.pipeline.Extraction;

/** Hand-built reports and events for the store's tests, as rich as the model allows. */
final class Fixtures {
  private Fixtures() {}

  static Report report(String text, String outlet, LocalDate published) {
    return Report.of(text, Optional.of("Protests in " + outlet), Optional.of("https://example.org/" + outlet),
        Optional.of(outlet), Optional.of(published), "en", "reports/" + outlet + ".txt");
  }

  static Report bareReport(String text) {
    return Report.ofText(text, "stdin");
  }

  static Evidence evidence(Report report, String field, String words) {
    int start = report.text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("not in the report: " + words);
    }
    return Evidence.of(report, field, new Span(start, start + words.length()));
  }

  static Place tehran() {
    return new Place(Optional.of(112931L), "Tehran", "Teheran", Optional.of("Tehran Province"), "IR", "Iran",
        Optional.of(new Coordinates(35.69439, 51.42151)), 1);
  }

  static Place place(String name, String countryCode, String country, double lat, double lon) {
    return new Place(Optional.empty(), name, name, Optional.empty(), countryCode, country,
        Optional.of(new Coordinates(lat, lon)), 2);
  }

  /** Every list filled, every optional in both states somewhere, unicode and an empty as-written name list. */
  static Event richEvent(Report report, Report second) {
    Claim crowd = new Claim(Figure.CROWD_SIZE, Optional.of(1500L), "1,500",
        Optional.of(new Attribution("organisers", Optional.of(LocalDate.of(2020, 10, 6)))),
        List.of(new Attribution("Reuters", Optional.empty()), new Attribution("AFP", Optional.of(LocalDate.of(2020, 10, 7)))),
        List.of(new Attribution("police", Optional.of(LocalDate.of(2020, 10, 6)))),
        evidence(report, "claim", "1,500"));
    Claim arrests = new Claim(Figure.ARRESTED, Optional.empty(), "dozens", Optional.empty(), List.of(), List.of(),
        evidence(report, "claim", "dozens"));
    return new Event(
        "ev-" + report.id(),
        new EventDate(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11), TimePrecision.WEEK, true),
        Optional.of(tehran()),
        EventType.PEACEFUL_PROTEST,
        Set.of(Form.RALLY, Form.CHANTING, Form.BANNER),
        List.of(
            new Actor("PMOI/MEK Resistance Units", ActorRole.ORGANISER, List.of("Resistance Units", "the units")),
            new Actor("Protesters (Iran)", ActorRole.PROTESTERS, List.of()),
            new Actor("Police Forces of Iran", ActorRole.STATE_FORCES, List.of("police"))),
        List.of(
            new Slogan("Death to the dictator", evidence(report, "slogan", "Death to the dictator")),
            new Slogan("«Nan, kar, azadi» — بیکاری ✊🏽", evidence(report, "slogan", "«Nan, kar, azadi» — بیکاری ✊🏽"))),
        List.of(crowd, arrests),
        false,
        List.of(Source.of(report), Source.of(second)),
        List.of(evidence(report, "place", "Teheran"), evidence(report, "date", "last week"),
            evidence(second, "event", "rally")));
  }

  static String richText() {
    return "Last week in Teheran, 1,500 people joined a rally, chanting \"Death to the dictator\" and "
        + "«Nan, kar, azadi» — بیکاری ✊🏽. Police arrested dozens. It happened last week.";
  }

  /** A plain event on one day at a place (or none), with one form. */
  static Event event(Report report, String id, LocalDate day, Optional<Place> place, Form form, boolean reference) {
    return new Event(id, EventDate.day(day), place, EventType.PEACEFUL_PROTEST, Set.of(form), List.of(), List.of(),
        List.of(), reference, List.of(Source.of(report)), List.of());
  }

  static Extraction extraction(Report report, List<Event> events, Problem... problems) {
    return new Extraction(report, events, List.of(problems));
  }
}
