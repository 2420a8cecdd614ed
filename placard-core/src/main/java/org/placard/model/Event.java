// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A protest event (or a related event of another ACLED type) at one place on one date or date range, with
 * everything the reports say of it and where they say it.
 *
 * @param id        stable id (derived from the first report and the event's place and date)
 * @param date      when
 * @param place     where; absent when a report names no resolvable place (such events are kept, not guessed)
 * @param type      ACLED type
 * @param forms     the forms it took
 * @param actors    who took part, in which role
 * @param slogans   slogans and demands, verbatim
 * @param claims    numbers, attributed
 * @param reference true for a past event a report mentions only as background, never reported as new
 * @param sources   the reports that tell of it
 * @param evidence  the spans that support each field
 */
public record Event(
    String id,
    EventDate date,
    Optional<Place> place,
    EventType type,
    Set<Form> forms,
    List<Actor> actors,
    List<Slogan> slogans,
    List<Claim> claims,
    boolean reference,
    List<Source> sources,
    List<Evidence> evidence) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(type, "type");
    forms = Set.copyOf(forms);
    actors = List.copyOf(actors);
    slogans = List.copyOf(slogans);
    claims = List.copyOf(claims);
    sources = List.copyOf(sources);
    evidence = List.copyOf(evidence);
  }
}
