// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.placard.model.Report;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.model.Span;
import org.placard.pipeline.Extraction;

/**
 * Twenty-five events like those of a month of protest reports, written by hand: graffiti, banners and
 * leaflets across Iran from one self-reporting outlet, street protests with attributed claims from two news
 * outlets (two of them told by both), rallies abroad, a background (reference) event, an event with no place,
 * and a report whose title is HTML meant to run script.
 */
final class SampleEvents {
  static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
  static final EventType PROTEST_WITH_INTERVENTION =
      new EventType("Demonstrations", "Protests", "Protest with intervention");

  record City(String name, String asWritten, String admin1, String iso2, String country, long geonameId,
      double lat, double lon) {}

  static final City TEHRAN = new City("Tehran", "Tehran", "Tehran", "IR", "Iran", 112931, 35.6944, 51.4215);
  static final City MASHHAD = new City("Mashhad", "Mashhad", "Razavi Khorasan", "IR", "Iran", 124665, 36.2972, 59.6067);
  static final City ISFAHAN = new City("Isfahan", "Isfahan", "Isfahan", "IR", "Iran", 418863, 32.6525, 51.6746);
  static final City SHIRAZ = new City("Shiraz", "Shiraz", "Fars", "IR", "Iran", 115019, 29.6036, 52.5388);
  static final City TABRIZ = new City("Tabriz", "Tabriz", "East Azerbaijan", "IR", "Iran", 113646, 38.0800, 46.2919);
  static final City KARAJ = new City("Karaj", "Karaj", "Alborz", "IR", "Iran", 128747, 35.8355, 50.9915);
  static final City AHVAZ = new City("Ahvaz", "Ahwaz", "Khuzestan", "IR", "Iran", 144448, 31.3190, 48.6842);
  static final City RASHT = new City("Rasht", "Rasht", "Gilan", "IR", "Iran", 118743, 37.2808, 49.5832);
  static final City KHOMEYNI_SHAHR =
      new City("Khomeyni Shahr", "Homayoun Shahr", "Isfahan", "IR", "Iran", 128477, 32.7004, 51.5211);
  static final City PARIS = new City("Paris", "Paris", "Île-de-France", "FR", "France", 2988507, 48.8534, 2.3488);
  static final City BAGHDAD = new City("Baghdad", "Baghdad", "Baghdad", "IQ", "Iraq", 98182, 33.3406, 44.4009);

  /** One sentence of a report, and the event it tells of. */
  record Line(City city, LocalDate date, Form form, String act, String slogan, String actor, EventType type) {}

  private SampleEvents() {}

  static InMemoryEventStore store() {
    InMemoryEventStore store = new InMemoryEventStore();
    store.save(extractions(), List.of());
    return store;
  }

  static List<Extraction> extractions() {
    List<Extraction> out = new ArrayList<>();
    out.add(report("PMOI", "Iran: Resistance Units' activities in October 2020", LocalDate.of(2020, 10, 31), List.of(
        line(TEHRAN, 3, Form.GRAFFITI, "wrote graffiti", "Down with Khamenei"),
        line(MASHHAD, 4, Form.BANNER, "put up banners", "Maryam Rajavi: Iran will be free"),
        line(ISFAHAN, 6, Form.LEAFLET, "handed out leaflets", "Down with the principle of the velayat-e faqih"),
        line(SHIRAZ, 8, Form.GRAFFITI, "wrote graffiti", "Death to the dictator"),
        line(TABRIZ, 10, Form.BANNER, "put up banners", "Hail to freedom"),
        line(KARAJ, 12, Form.GRAFFITI, "wrote graffiti", "Down with Rouhani"),
        line(RASHT, 14, Form.LEAFLET, "handed out leaflets", "Freedom, equality"),
        line(KHOMEYNI_SHAHR, 15, Form.GRAFFITI, "wrote graffiti", "Down with Khamenei"),
        line(TEHRAN, 17, Form.BANNER, "put up banners", "Iran will be free"),
        line(MASHHAD, 20, Form.GRAFFITI, "wrote graffiti", "Death to the oppressor"),
        line(ISFAHAN, 24, Form.BANNER, "put up banners", "No to the mullahs"),
        line(TEHRAN, 28, Form.LEAFLET, "handed out leaflets", "Hail to the Resistance Units")), false));
    out.add(report("Reuters", "Pensioners and workers protest across Iran", LocalDate.of(2020, 11, 9), List.of(
        new Line(AHVAZ, LocalDate.of(2020, 11, 2), Form.STRIKE, "went on strike", "Pay our wages",
            "sugar cane workers", EventType.PEACEFUL_PROTEST),
        new Line(TEHRAN, LocalDate.of(2020, 11, 3), Form.DEMONSTRATION, "demonstrated outside parliament",
            "Our pensions are stolen", "pensioners", PROTEST_WITH_INTERVENTION),
        new Line(SHIRAZ, LocalDate.of(2020, 11, 4), Form.DEMONSTRATION, "demonstrated", "Bread, work, freedom",
            "pensioners", EventType.PEACEFUL_PROTEST),
        new Line(TABRIZ, LocalDate.of(2020, 11, 5), Form.SIT_IN, "held a sit-in", "Release the teachers",
            "teachers", EventType.PEACEFUL_PROTEST),
        new Line(KARAJ, LocalDate.of(2020, 11, 6), Form.MARCH, "marched", "Enough injustice", "nurses",
            EventType.PEACEFUL_PROTEST),
        new Line(RASHT, LocalDate.of(2020, 11, 7), Form.RALLY, "rallied", "Clean water now", "farmers",
            EventType.PEACEFUL_PROTEST),
        new Line(null, LocalDate.of(2020, 11, 8), Form.STRIKE, "went on strike", "Bread, work, freedom",
            "truck drivers", EventType.PEACEFUL_PROTEST)), false));
    out.add(report("Iran International", HOSTILE_TITLE, LocalDate.of(2020, 11, 8), List.of(
        new Line(MASHHAD, LocalDate.of(2020, 11, 3), Form.DEMONSTRATION, "demonstrated", "Where is our money",
            "depositors", EventType.PEACEFUL_PROTEST),
        new Line(ISFAHAN, LocalDate.of(2020, 11, 4), Form.ROAD_BLOCK, "blocked a road", "Water for Isfahan",
            "farmers", EventType.PEACEFUL_PROTEST),
        new Line(TEHRAN, LocalDate.of(2020, 11, 3), Form.DEMONSTRATION, "gathered outside parliament",
            "Our pensions are stolen", "pensioners", PROTEST_WITH_INTERVENTION)), false));
    out.add(report("AFP", "Iranian exiles rally in Paris and Baghdad", LocalDate.of(2020, 10, 26), List.of(
        new Line(PARIS, LocalDate.of(2020, 10, 24), Form.RALLY, "rallied", "Free Iran", "Iranian exiles",
            EventType.PEACEFUL_PROTEST),
        new Line(PARIS, LocalDate.of(2020, 10, 25), Form.HUNGER_STRIKE, "began a hunger strike",
            "Stop the executions", "Iranian exiles", EventType.PEACEFUL_PROTEST),
        new Line(BAGHDAD, LocalDate.of(2020, 10, 25), Form.SIT_IN, "held a sit-in", "Justice for Camp Ashraf",
            "Iranian exiles", EventType.PEACEFUL_PROTEST)), false));
    out.add(report("AFP", "A year after the fuel protests", LocalDate.of(2020, 11, 15), List.of(
        new Line(AHVAZ, LocalDate.of(2019, 11, 16), Form.DEMONSTRATION, "protested against fuel prices",
            "Down with the dictator", "protesters", PROTEST_WITH_INTERVENTION)), true));
    return combineRetold(out);
  }

  /** An event a later report tells again (same place and day) becomes one event with both sources. */
  private static List<Extraction> combineRetold(List<Extraction> extractions) {
    java.util.Map<String, Event> first = new java.util.LinkedHashMap<>();
    List<Extraction> out = new ArrayList<>();
    for (Extraction x : extractions) {
      List<Event> kept = new ArrayList<>();
      for (Event e : x.events()) {
        String key = e.place().map(Place::name).orElse(e.id()) + e.date();
        Event earlier = first.get(key);
        if (earlier == null) {
          first.put(key, e);
          kept.add(e);
        } else {
          List<Source> sources = new ArrayList<>(earlier.sources());
          sources.addAll(e.sources());
          List<Evidence> evidence = new ArrayList<>(earlier.evidence());
          evidence.addAll(e.evidence());
          first.put(key, new Event(earlier.id(), earlier.date(), earlier.place(), earlier.type(), earlier.forms(),
              earlier.actors(), earlier.slogans(), earlier.claims(), earlier.reference(), sources, evidence));
        }
      }
      out.add(new Extraction(x.report(), kept, x.problems()));
    }
    return out.stream().map(x -> new Extraction(x.report(),
        x.events().stream().map(e -> first.values().stream().filter(f -> f.id().equals(e.id())).findFirst()
            .orElse(e)).toList(), x.problems())).toList();
  }

  private static Line line(City city, int day, Form form, String act, String slogan) {
    return new Line(city, LocalDate.of(2020, 10, day), form, act, slogan, "Resistance Units",
        EventType.PEACEFUL_PROTEST);
  }

  /** A report made of one sentence per line, and one event per line with evidence for each field. */
  private static Extraction report(String outlet, String title, LocalDate published, List<Line> lines,
      boolean reference) {
    StringBuilder text = new StringBuilder();
    List<Span[]> spans = new ArrayList<>();
    for (Line l : lines) {
      int sentence = text.length();
      String when = "On " + l.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
          java.util.Locale.ENGLISH) + " " + l.date().getDayOfMonth();
      text.append(when).append(", ").append(l.actor()).append(' ');
      int act = text.length();
      text.append(l.act()).append(" in ");
      int place = text.length();
      text.append(l.city() == null ? "several provinces" : l.city().asWritten());
      int placeEnd = text.length();
      text.append(", chanting \"");
      int slogan = text.length();
      text.append(l.slogan()).append("\".");
      spans.add(new Span[] {new Span(sentence, sentence + when.length()), new Span(act, act + l.act().length()),
          new Span(place, placeEnd), new Span(slogan, slogan + l.slogan().length()),
          new Span(sentence, text.length())});
      text.append(' ');
    }
    Report report = Report.of(text.toString().strip(), Optional.of(title), Optional.of("https://example.org/"
        + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "/" + published), Optional.of(outlet),
        Optional.of(published), "en", "sample");
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      events.add(event(report, lines.get(i), spans.get(i), reference));
    }
    return new Extraction(report, events, List.of());
  }

  private static Event event(Report r, Line l, Span[] s, boolean reference) {
    City c = l.city();
    Optional<Place> place = Optional.ofNullable(c).map(x -> new Place(Optional.of(x.geonameId()), x.name(),
        x.asWritten(), Optional.of(x.admin1()), x.iso2(), x.country(), Optional.of(new Coordinates(x.lat(), x.lon())),
        1));
    Evidence slogan = Evidence.of(r, "slogan", s[3]);
    List<Claim> claims = l.type().equals(PROTEST_WITH_INTERVENTION)
        ? List.of(new Claim(Figure.ARRESTED, Optional.of(12L), "12", Optional.of(new Attribution("HRANA",
            Optional.of(l.date()))), List.of(new Attribution("Amnesty International", Optional.empty())), List.of(),
            Evidence.of(r, "claim", s[4])))
        : List.of();
    List<Actor> actors = new ArrayList<>(List.of(new Actor(l.actor(), ActorRole.PROTESTERS, List.of(l.actor()))));
    if (l.actor().equals("Resistance Units")) {
      actors.add(new Actor("PMOI/MEK", ActorRole.ORGANISER, List.of("PMOI")));
    }
    String where = c == null ? "unplaced" : c.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return new Event(r.id().substring(0, 8) + "-" + where + "-" + l.date(), EventDate.day(l.date()), place, l.type(), Set.of(l.form()), actors,
        List.of(new Slogan(l.slogan(), slogan)), claims, reference, List.of(Source.of(r)),
        List.of(Evidence.of(r, "date", s[0]), Evidence.of(r, "form", s[1]), Evidence.of(r, "place", s[2]), slogan));
  }
}
