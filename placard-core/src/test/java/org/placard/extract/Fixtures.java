// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Coordinates;
import org.placard.model.EventDate;
import org.placard.model.Place;
import org.placard.model.Span;
import org.placard.model.TimePrecision;
import org.placard.time.TimeMention;
import org.placard.time.TimeType;

/** Hand-built geoparser and time-tagger output for tests: every occurrence of a name or expression in a text. */
final class Fixtures {
  private final String text;
  final List<ResolvedPlace> places = new ArrayList<>();
  final List<TimeMention> times = new ArrayList<>();

  Fixtures(String text) {
    this.text = text;
  }

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every whole-word occurrence of {@code written}, resolved to a town of Iran. */
  Fixtures town(String written, String name, long geonameId, double lat, double lon) {
    return place(written, new Place(Optional.of(geonameId), name, written, Optional.empty(), "IR", "Iran",
        Optional.of(new Coordinates(lat, lon)), 1), "P");
  }

  /** Every whole-word occurrence of {@code written}, resolved to the country itself (as a tagger would). */
  Fixtures country(String written) {
    return place(written, new Place(Optional.of(130758L), "Iran", written, Optional.empty(), "IR", "Iran",
        Optional.of(new Coordinates(32.0, 53.0)), 3), "A");
  }

  Fixtures place(String written, Place place, String featureClass) {
    for (Span s : occurrences(written)) {
      places.add(new ResolvedPlace(new PlaceMention(s, written), place, featureClass, 0.9));
    }
    return this;
  }

  Fixtures day(String written, LocalDate day) {
    return time(written, Optional.of(day.toString()), Optional.of(EventDate.day(day)));
  }

  Fixtures month(String written, int year, int month) {
    LocalDate start = LocalDate.of(year, month, 1);
    return time(written, Optional.of(String.format("%d-%02d", year, month)),
        Optional.of(new EventDate(start, start.plusMonths(1).minusDays(1), TimePrecision.MONTH, false)));
  }

  Fixtures range(String written, LocalDate start, LocalDate end, TimePrecision precision) {
    return time(written, Optional.of(start.toString()), Optional.of(new EventDate(start, end, precision, false)));
  }

  /** A time expression the tagger could not normalise. */
  Fixtures unresolved(String written) {
    return time(written, Optional.empty(), Optional.empty());
  }

  private Fixtures time(String written, Optional<String> value, Optional<EventDate> date) {
    for (Span s : occurrences(written)) {
      if (times.stream().noneMatch(t -> t.span().overlaps(s))) {
        times.add(new TimeMention(s, written, TimeType.DATE, value, date));
      }
    }
    times.sort((a, b) -> a.span().compareTo(b.span()));
    return this;
  }

  List<Span> occurrences(String written) {
    List<Span> out = new ArrayList<>();
    for (int i = text.indexOf(written); i >= 0; i = text.indexOf(written, i + 1)) {
      int end = i + written.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        out.add(new Span(i, end));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not in the text: " + written);
    }
    return out;
  }
}
