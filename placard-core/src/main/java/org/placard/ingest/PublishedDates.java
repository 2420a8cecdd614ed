// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of publication dates as sources write them. A date-time keeps the calendar date <em>as
 * written</em> (its own offset), because that is the date at the outlet; "2020-10-20T23:30-04:00" is the 20th.
 * Accepted: ISO dates and date-times with or without offset ({@code T} or space), RFC 1123 (HTTP, RSS) and
 * compact {@code yyyyMMdd}. Anything else is empty: never a guessed date. Stateless.
 */
final class PublishedDates {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

  private PublishedDates() {}

  static Optional<LocalDate> parse(String raw) {
    String s = raw.strip();
    Matcher m = ISO.matcher(s);
    if (!m.find()) {
      m = COMPACT.matcher(s);
      if (!m.find()) {
        return rfc1123(s);
      }
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A date as a feed library hands it over: an instant, read in UTC because its offset is lost. */
  static Optional<LocalDate> utc(Date date) {
    return Optional.ofNullable(date).map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC));
  }

  static LocalDate utc(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Optional<LocalDate> rfc1123(String s) {
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
