// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.placard.model.Form;
import org.placard.sources.Verification;

/**
 * The filters of the event endpoints, parsed from query parameters and checked in memory by
 * {@link IndexedEvent#matches} over the {@link EventCache}'s snapshot of the store. Dates select events whose
 * range overlaps {@code [since, until]}, as {@link org.placard.store.EventQuery} does.
 *
 * @param country     ISO 3166-1 alpha-2 code, upper case
 * @param eventType   ACLED event type or sub-event type, matched without regard to case
 * @param actor       part of an actor's name, matched without regard to case
 * @param q           words that must all occur in the event's text fields, without regard to case
 * @param limit       page size, 1 to {@link #MAX_LIMIT}
 * @param newestFirst true for {@code sort=-date}
 */
record EventFilter(
    Optional<BoundingBox> bbox,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    Optional<String> country,
    Optional<String> admin1,
    Optional<Form> form,
    Optional<String> eventType,
    Optional<String> actor,
    Optional<Verification> verification,
    List<String> q,
    boolean includeReferences,
    int limit,
    int offset,
    boolean newestFirst) {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 10_000;
  static final Set<String> PARAMETERS = Set.of("bbox", "since", "until", "country", "admin1", "form", "event_type",
      "actor", "verification", "q", "include_references", "limit", "offset", "sort");

  EventFilter {
    Objects.requireNonNull(bbox, "bbox");
    q = List.copyOf(q);
  }

  /**
   * Parses the filter parameters of {@code params}, rejecting parameters that are neither filters nor in
   * {@code others}, so that a misspelt filter is an error rather than silently ignored.
   *
   * @throws BadParameterException naming the first parameter that cannot be used
   */
  static EventFilter parse(Map<String, List<String>> params, Set<String> others) {
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name) && !others.contains(name)) {
        throw new BadParameterException(name, "unknown parameter");
      }
      if (params.get(name).size() > 1) {
        throw new BadParameterException(name, "given more than once");
      }
    }
    Params p = new Params(params);
    Optional<LocalDate> since = p.get("since", EventFilter::date);
    Optional<LocalDate> until = p.get("until", EventFilter::date);
    if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
      throw new BadParameterException("until", "is before since");
    }
    Optional<String> country = p.get("country", s -> {
      if (!s.matches("[A-Za-z]{2}")) {
        throw new IllegalArgumentException("expected a two-letter ISO 3166-1 code");
      }
      return s.toUpperCase(Locale.ROOT);
    });
    String sort = p.get("sort", s -> s).orElse("date");
    if (!sort.equals("date") && !sort.equals("-date")) {
      throw new BadParameterException("sort", "expected date or -date");
    }
    return new EventFilter(
        p.get("bbox", BoundingBox::parse), since, until, country,
        p.text("admin1"), p.get("form", Form::ofLabel), p.text("event_type"), p.text("actor"),
        p.get("verification", Verification::ofLabel),
        p.text("q").map(s -> List.of(s.toLowerCase(Locale.ROOT).split("\\s+"))).orElse(List.of()),
        p.get("include_references", EventFilter::bool).orElse(false),
        p.get("limit", s -> number(s, 1, MAX_LIMIT)).orElse(DEFAULT_LIMIT),
        p.get("offset", s -> number(s, 0, Integer.MAX_VALUE)).orElse(0),
        sort.equals("-date"));
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date as YYYY-MM-DD");
    }
  }

  private static boolean bool(String s) {
    return switch (s) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  private static int number(String s, int min, int max) {
    try {
      int n = Integer.parseInt(s);
      if (n < min || n > max) {
        throw new IllegalArgumentException("must be from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number");
    }
  }

  /** Single-valued parameters, blank ones treated as absent (as an empty form field sends them). */
  record Params(Map<String, List<String>> values) {
    Optional<String> text(String name) {
      List<String> v = values.getOrDefault(name, List.of());
      return v.isEmpty() || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
    }

    <T> Optional<T> get(String name, Function<String, T> parse) {
      Optional<String> raw = text(name);
      try {
        return raw.map(parse);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException(name, e.getMessage());
      }
    }
  }
}
