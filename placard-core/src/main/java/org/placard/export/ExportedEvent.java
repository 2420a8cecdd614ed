// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Attribution;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.Evidence;
import org.placard.model.Figure;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.sources.SourceRegister;
import org.placard.sources.Verification;

/**
 * An event flattened to the export contract's fields, in order: the one mapping every export format uses.
 *
 * <p>ACLED conventions applied here: {@code event_date} is the day, or the middle of the range for week or
 * month precision; {@code actor1} is "Protesters (Country)" when protesters took part; {@code fatalities} is
 * the lowest credible figure among the killed claims (never an average), 0 when there is none.
 */
public final class ExportedEvent {
  private ExportedEvent() {}

  /** The fields of {@code event}, in export order. Absent values are {@code null}; lists are never null. */
  public static Map<String, Object> fields(Event event) {
    return fields(event, SourceRegister.bundled());
  }

  /** The fields of {@code event}, verification judged against {@code register}. */
  public static Map<String, Object> fields(Event event, SourceRegister register) {
    Map<String, Object> f = new LinkedHashMap<>();
    Optional<Place> place = event.place();
    f.put("event_id", event.id());
    f.put("event_date", event.date().eventDate().toString());
    f.put("date_start", event.date().start().toString());
    f.put("date_end", event.date().end().toString());
    f.put("time_precision", event.date().precision().code());
    f.put("date_inferred", event.date().inferred());
    f.put("disorder_type", event.type().disorderType());
    f.put("event_type", event.type().eventType());
    f.put("sub_event_type", event.type().subEventType());
    f.put("forms", event.forms().stream().sorted().map(Form::label).toList());
    f.put("actor1", actor1(event).orElse(null));
    f.put("assoc_actors", names(event, ActorRole.PROTESTERS, ActorRole.ORGANISER));
    f.put("actor2", String.join("; ", names(event, ActorRole.STATE_FORCES)));
    f.put("iso2", place.map(Place::countryCode).orElse(null));
    f.put("country", place.map(Place::country).orElse(null));
    f.put("admin1", place.flatMap(Place::admin1).orElse(null));
    f.put("location", place.map(Place::name).orElse(null));
    f.put("place_as_written", place.map(Place::nameAsWritten).orElse(null));
    f.put("geonameid", place.flatMap(Place::geonameId).orElse(null));
    f.put("latitude", place.flatMap(Place::coordinates).map(c -> c.lat()).orElse(null));
    f.put("longitude", place.flatMap(Place::coordinates).map(c -> c.lon()).orElse(null));
    f.put("geo_precision", place.map(Place::precision).orElse(null));
    OptionalLong fatalities = fatalities(event);
    f.put("fatalities", fatalities.isPresent() ? fatalities.getAsLong() : 0L);
    f.put("slogans", event.slogans().stream().map(Slogan::text).toList());
    f.put("claims", event.claims().stream().map(ExportedEvent::claim).toList());
    f.put("reference", event.reference());
    f.put("verification", Verification.of(event, register).label());
    f.put("source_count", event.sources().stream().map(Source::reportId).distinct().count());
    f.put("sources", event.sources().stream().map(ExportedEvent::source).toList());
    f.put("evidence", event.evidence().stream().map(ExportedEvent::evidence).toList());
    return f;
  }

  /** ACLED's actor1 for a protest: "Protesters (Iran)"; absent when no protesters are known. */
  static Optional<String> actor1(Event event) {
    boolean protesters = event.actors().stream().anyMatch(a -> a.role() == ActorRole.PROTESTERS);
    if (!protesters) {
      return Optional.empty();
    }
    return Optional.of(event.place().map(p -> "Protesters (" + p.country() + ")").orElse("Protesters"));
  }

  static List<String> names(Event event, ActorRole... roles) {
    List<String> out = new ArrayList<>();
    for (Actor a : event.actors()) {
      for (ActorRole r : roles) {
        if (a.role() == r && !out.contains(a.name())) {
          out.add(a.name());
        }
      }
    }
    return out;
  }

  /** The lowest killed figure any claim gives, as ACLED codes conflicting reports. */
  public static OptionalLong fatalities(Event event) {
    return event.claims().stream()
        .filter(c -> c.figure() == Figure.KILLED)
        .flatMap(c -> c.value().stream())
        .mapToLong(Long::longValue)
        .min();
  }

  static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("figure", c.figure().label());
    m.put("value", c.value().orElse(null));
    m.put("as_written", c.asWritten());
    m.put("claimant", c.claimant().map(Attribution::source).orElse(null));
    m.put("claimed_on", c.claimant().flatMap(Attribution::on).map(LocalDate::toString).orElse(null));
    m.put("corroborated_by", c.corroboratedBy().stream().map(ExportedEvent::attribution).toList());
    m.put("disputed_by", c.disputedBy().stream().map(ExportedEvent::attribution).toList());
    m.put("evidence", evidence(c.evidence()));
    return m;
  }

  static Map<String, Object> attribution(Attribution a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", a.source());
    m.put("on", a.on().map(LocalDate::toString).orElse(null));
    return m;
  }

  static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("report_id", s.reportId());
    m.put("title", s.title().orElse(null));
    m.put("url", s.url().orElse(null));
    m.put("outlet", s.outlet().orElse(null));
    m.put("published", s.published().map(LocalDate::toString).orElse(null));
    return m;
  }

  static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", e.field());
    m.put("report_id", e.reportId());
    m.put("start", e.span().start());
    m.put("end", e.span().end());
    m.put("quote", e.quote());
    return m;
  }
}
