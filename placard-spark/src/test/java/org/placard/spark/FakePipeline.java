// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
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
import org.placard.pipeline.Pipeline;
import org.placard.time.TimeMention;
import org.placard.time.TimeTagger;
import org.placard.time.TimeType;

/**
 * A small pipeline of keyword rules, so that the job's tests are fast and do not depend on the real stages:
 * five places, "yesterday" and "last week", a handful of forms and actors, "N were arrested" claims and
 * quoted slogans. Enough to give events that merge across reports and events that must stay apart.
 */
public final class FakePipeline implements PipelineFactory {
  private static final long serialVersionUID = 1L;

  static final Map<String, Place> PLACES = Map.of(
      "Tehran", place(112931, "Tehran", "IR", "Iran", 35.6944, 51.4215),
      "Shahr-e Rey", place(118704, "Shahr-e Rey", "IR", "Iran", 35.5769, 51.4361),
      "Karaj", place(128747, "Karaj", "IR", "Iran", 35.8355, 50.9915),
      "Paris", place(2988507, "Paris", "FR", "France", 48.8534, 2.3488),
      "Lyon", place(2996944, "Lyon", "FR", "France", 45.7485, 4.8467));
  private static final Pattern RELEVANT = Pattern.compile("(?i)protest|rall|march|strike|chant|sit-in");
  private static final Map<String, Form> FORMS = Map.of(
      "rall", Form.RALLY, "march", Form.MARCH, "strike", Form.STRIKE, "chant", Form.CHANTING, "sit-in", Form.SIT_IN);
  private static final Map<String, String> ACTORS = Map.of("students", "Students", "teachers", "Teachers");
  private static final Pattern ARRESTED = Pattern.compile("(\\d+) were arrested");
  private static final Pattern SLOGAN = Pattern.compile("\"([^\"]+)\"");

  @Override
  public Pipeline create() {
    return new Pipeline(new Geoparser() {
      @Override
      public List<PlaceMention> recognise(String text) {
        List<PlaceMention> out = new ArrayList<>();
        for (String name : PLACES.keySet()) {
          for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            out.add(new PlaceMention(new Span(i, i + name.length()), name));
          }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
      }

      @Override
      public List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
        return mentions.stream().map(m -> new ResolvedPlace(m, PLACES.get(m.text()), "P", 1.0)).toList();
      }
    }, FakePipeline::times, new Extractor());
  }

  private static List<TimeMention> times(String text, Optional<LocalDate> anchor) {
    List<TimeMention> out = new ArrayList<>();
    if (anchor.isEmpty()) {
      return out;
    }
    LocalDate day = anchor.get();
    int at = text.indexOf("yesterday");
    if (at >= 0) {
      out.add(mention(at, "yesterday", EventDate.day(day.minusDays(1))));
    }
    at = text.indexOf("last week");
    if (at >= 0) {
      out.add(mention(at, "last week", new EventDate(day.minusDays(7), day.minusDays(1), TimePrecision.WEEK, false)));
    }
    return out;
  }

  private static TimeMention mention(int at, String text, EventDate date) {
    return new TimeMention(new Span(at, at + text.length()), text, TimeType.DATE, Optional.of(date.start().toString()),
        Optional.of(date));
  }

  private static final class Extractor implements EventExtractor {
    @Override
    public boolean relevant(Report report) {
      return RELEVANT.matcher(report.text()).find();
    }

    @Override
    public List<Event> extract(Report report, List<ResolvedPlace> places, List<TimeMention> times,
        Consumer<Problem> problems) {
      Optional<EventDate> date = times.stream().flatMap(t -> t.date().stream()).findFirst()
          .or(() -> report.published().map(d -> new EventDate(d, d, TimePrecision.DAY, true)));
      if (date.isEmpty()) {
        problems.accept(Problem.ofReport(report, "extract", "undated", Optional.empty()));
        return List.of();
      }
      String text = report.text();
      String lower = text.toLowerCase(Locale.ROOT);
      Evidence sentence = Evidence.of(report, "event", new Span(0, text.contains(".") ? text.indexOf('.') + 1 : text.length()));
      Set<Form> forms = new java.util.HashSet<>();
      FORMS.forEach((word, form) -> {
        if (lower.contains(word)) {
          forms.add(form);
        }
      });
      List<Actor> actors = new ArrayList<>();
      ACTORS.forEach((word, name) -> {
        if (lower.contains(word)) {
          actors.add(new Actor(name, ActorRole.PROTESTERS, List.of(word)));
        }
      });
      actors.sort((a, b) -> a.name().compareTo(b.name()));
      List<Claim> claims = new ArrayList<>();
      Matcher m = ARRESTED.matcher(text);
      while (m.find()) {
        claims.add(new Claim(Figure.ARRESTED, Optional.of(Long.parseLong(m.group(1))), m.group(1), Optional.empty(),
            List.of(), List.of(), Evidence.of(report, "claim", new Span(m.start(), m.end()))));
      }
      List<Slogan> slogans = new ArrayList<>();
      Matcher s = SLOGAN.matcher(text);
      while (s.find()) {
        slogans.add(new Slogan(s.group(1), Evidence.of(report, "slogan", new Span(s.start(1), s.end(1)))));
      }
      EventType type = lower.contains("police")
          ? new EventType("Demonstrations", "Protests", "Protest with intervention") : EventType.PEACEFUL_PROTEST;
      Map<Place, PlaceMention> distinct = new LinkedHashMap<>();
      places.forEach(p -> distinct.putIfAbsent(p.place(), p.mention()));
      List<Optional<Place>> where = distinct.isEmpty() ? List.of(Optional.empty())
          : distinct.keySet().stream().map(Optional::of).toList();
      List<Event> events = new ArrayList<>();
      for (Optional<Place> place : where) {
        List<Evidence> evidence = new ArrayList<>(List.of(sentence));
        place.map(distinct::get).ifPresent(p -> evidence.add(Evidence.of(report, "place", p.span())));
        events.add(new Event(report.id().substring(0, 12) + "-" + events.size(), date.get(), place, type, forms, actors,
            slogans, claims, false, List.of(Source.of(report)), evidence));
      }
      return events;
    }
  }

  private static Place place(long id, String name, String iso2, String country, double lat, double lon) {
    return new Place(Optional.of(id), name, name, Optional.empty(), iso2, country, Optional.of(new Coordinates(lat, lon)), 1);
  }
}
