// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.placard.model.Actor;
import org.placard.model.ActorRole;
import org.placard.model.Coordinates;
import org.placard.model.Event;
import org.placard.model.EventDate;
import org.placard.model.EventType;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.model.Report;
import org.placard.model.Source;
import org.placard.model.TimePrecision;
import org.placard.pipeline.Extraction;

/**
 * Ten reports whose events merge in known ways: in Lyon a chain (a ~ b, b ~ c, not a ~ c) with two events of one
 * report, beside a riot that stays apart; in Marseille two groups on the same day that stay two events; in Paris
 * a pair, and a past event mentioned as background that stays apart; and an event with no place.
 */
final class MergeWorld {
  static final Place LYON = new Place(Optional.of(2996944L), "Lyon", "Lyon", Optional.of("Auvergne-Rhône-Alpes"),
      "FR", "France", Optional.of(new Coordinates(45.764, 4.8357)), 1);
  static final Place MARSEILLE = new Place(Optional.of(2995469L), "Marseille", "Marseille",
      Optional.of("Provence-Alpes-Côte d'Azur"), "FR", "France", Optional.of(new Coordinates(43.2965, 5.3698)), 1);
  static final Place NOAILLES = new Place(Optional.empty(), "Noailles", "Noailles", Optional.empty(), "FR", "France",
      Optional.of(new Coordinates(43.2970, 5.3810)), 2);
  static final Place PARIS = new Place(Optional.of(2988507L), "Paris", "Paris", Optional.of("Île-de-France"), "FR",
      "France", Optional.of(new Coordinates(48.8566, 2.3522)), 1);
  static final String TEACHERS = "Teachers' union";
  static final String FARMERS = "Farmers' federation";

  /** The events the world must be stored as, by member ids. */
  static final List<Set<String>> GROUPS = List.of(
      Set.of("lyon-a", "lyon-b", "lyon-c", "lyon-c2"), Set.of("lyon-m"), Set.of("mrs-d", "mrs-e"),
      Set.of("mrs-f", "mrs-g"), Set.of("paris-i", "paris-j"), Set.of("paris-k"), Set.of("nowhere-l"));

  private MergeWorld() {}

  static List<Extraction> extractions() {
    List<Extraction> out = new ArrayList<>();
    LocalDate march1 = LocalDate.of(2022, 3, 1);
    LocalDate march5 = LocalDate.of(2022, 3, 5);
    LocalDate april10 = LocalDate.of(2022, 4, 10);
    LocalDate may1 = LocalDate.of(2022, 5, 1);
    Report r1 = report(1);
    out.add(one(r1, event(r1, "lyon-a", EventDate.day(march1), LYON, Form.MARCH, TEACHERS, false)));
    Report r2 = report(2);
    out.add(one(r2, event(r2, "lyon-b", new EventDate(march1, march1.plusDays(6), TimePrecision.WEEK, false), LYON,
        Form.MARCH, null, false)));
    Report r3 = report(3);
    Event riot = new Event("lyon-m", EventDate.day(march1), Optional.of(LYON),
        new EventType("Political violence", "Riots", "Violent demonstration"), Set.of(Form.MARCH), List.of(),
        List.of(), List.of(), false, List.of(Source.of(r3)), List.of());
    out.add(new Extraction(r3, List.of(event(r3, "lyon-c", EventDate.day(march5), LYON, Form.MARCH, null, false),
        event(r3, "lyon-c2", EventDate.day(march5), LYON, Form.MARCH, null, false), riot), List.of()));
    Report r4 = report(4);
    out.add(one(r4, event(r4, "mrs-d", EventDate.day(april10), MARSEILLE, Form.RALLY, TEACHERS, false)));
    Report r5 = report(5);
    out.add(one(r5, event(r5, "mrs-e", EventDate.day(april10), NOAILLES, Form.RALLY, TEACHERS, false)));
    Report r6 = report(6);
    out.add(one(r6, event(r6, "mrs-f", EventDate.day(april10), MARSEILLE, Form.ROAD_BLOCK, FARMERS, false)));
    Report r7 = report(7);
    out.add(new Extraction(r7, List.of(
        event(r7, "mrs-g", EventDate.day(april10), MARSEILLE, Form.ROAD_BLOCK, FARMERS, false),
        event(r7, "paris-i", EventDate.day(may1), PARIS, Form.MARCH, null, false)), List.of()));
    Report r8 = report(8);
    out.add(one(r8, event(r8, "paris-j", EventDate.day(may1), PARIS, Form.MARCH, null, false)));
    Report r9 = report(9);
    out.add(one(r9, event(r9, "paris-k", EventDate.day(may1), PARIS, Form.MARCH, null, true)));
    Report r10 = report(10);
    out.add(one(r10, new Event("nowhere-l", EventDate.day(may1), Optional.empty(), EventType.PEACEFUL_PROTEST,
        Set.of(Form.MARCH), List.of(), List.of(), List.of(), false, List.of(Source.of(r10)), List.of())));
    return out;
  }

  static Report report(int n) {
    return Fixtures.report("Report number " + n + " tells of protests.", "outlet" + n,
        LocalDate.of(2022, 5, 1).plusDays(n));
  }

  /** An event of one day or range at a place, with one form and, when given, the group that protested. */
  static Event event(Report report, String id, EventDate date, Place place, Form form, String protesters,
      boolean reference) {
    List<Actor> actors = protesters == null ? List.of() : List.of(new Actor(protesters, ActorRole.PROTESTERS, List.of()));
    return new Event(id, date, Optional.of(place), EventType.PEACEFUL_PROTEST, Set.of(form), actors, List.of(),
        List.of(), reference, List.of(Source.of(report)), List.of());
  }

  private static Extraction one(Report report, Event event) {
    return new Extraction(report, List.of(event), List.of());
  }
}
