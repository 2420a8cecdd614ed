// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.util.Locale;
import java.util.Optional;
import org.placard.model.Actor;
import org.placard.model.Event;
import org.placard.model.Evidence;
import org.placard.model.Place;
import org.placard.model.Slogan;
import org.placard.model.Source;
import org.placard.sources.SourceRegister;
import org.placard.sources.Verification;

/**
 * An event with what the in-memory filters need computed once: its verification and the lower-cased text that
 * {@code q} searches (place names, actors, slogans, evidence quotes, source titles and outlets; not the full
 * report texts, which stay in the store). Verification is judged against the bundled source register, as
 * the exports judge it. Immutable.
 */
record IndexedEvent(Event event, Verification verification, String text) {

  static IndexedEvent of(Event event) {
    StringBuilder sb = new StringBuilder();
    event.place().ifPresent(p -> append(sb, p.name(), p.nameAsWritten(), p.admin1().orElse(""), p.country()));
    append(sb, event.type().eventType(), event.type().subEventType());
    event.forms().forEach(f -> append(sb, f.label()));
    for (Actor a : event.actors()) {
      append(sb, a.name());
      a.asWritten().forEach(w -> append(sb, w));
    }
    event.slogans().stream().map(Slogan::text).forEach(s -> append(sb, s));
    event.evidence().stream().map(Evidence::quote).forEach(s -> append(sb, s));
    for (Source s : event.sources()) {
      append(sb, s.title().orElse(""), s.outlet().orElse(""));
    }
    return new IndexedEvent(event, Verification.of(event, SourceRegister.bundled()), sb.toString().toLowerCase(Locale.ROOT));
  }

  private static void append(StringBuilder sb, String... parts) {
    for (String p : parts) {
      sb.append(p).append('\n');
    }
  }

  /** Whether this event passes every part of {@code f} but paging. */
  boolean matches(EventFilter f) {
    Optional<Place> place = event.place();
    if (event.reference() && !f.includeReferences()) {
      return false;
    }
    if (f.since().isPresent() && event.date().end().isBefore(f.since().get())
        || f.until().isPresent() && event.date().start().isAfter(f.until().get())) {
      return false;
    }
    if (f.country().isPresent() && !place.map(p -> p.countryCode().equalsIgnoreCase(f.country().get())).orElse(false)) {
      return false;
    }
    if (f.form().isPresent() && !event.forms().contains(f.form().get())) {
      return false;
    }
    if (f.bbox().isPresent()
        && !place.flatMap(Place::coordinates).map(c -> f.bbox().get().contains(c)).orElse(false)) {
      return false;
    }
    if (f.admin1().isPresent()
        && !place.flatMap(Place::admin1).map(a -> a.equalsIgnoreCase(f.admin1().get())).orElse(false)) {
      return false;
    }
    if (f.eventType().isPresent()
        && !event.type().eventType().equalsIgnoreCase(f.eventType().get())
        && !event.type().subEventType().equalsIgnoreCase(f.eventType().get())) {
      return false;
    }
    if (f.actor().isPresent()) {
      String wanted = f.actor().get().toLowerCase(Locale.ROOT);
      if (event.actors().stream().noneMatch(a -> a.name().toLowerCase(Locale.ROOT).contains(wanted))) {
        return false;
      }
    }
    if (f.verification().isPresent() && f.verification().get() != verification) {
      return false;
    }
    for (String word : f.q()) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
