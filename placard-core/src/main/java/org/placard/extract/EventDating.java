// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.EventDate;
import org.placard.model.Report;
import org.placard.model.Span;
import org.placard.model.TimePrecision;
import org.placard.sources.Outlet;
import org.placard.sources.SourceRegister;
import org.placard.time.TimeMention;
import org.placard.time.TimeType;

/**
 * When the events of one report happened. Built per report; not thread-safe, not shared.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A past event named as background ("the November 2019 protests", "commemoration of the November 2019
 *       uprising") is a <em>reference</em>: a date followed within two words by a protest noun, or preceded by
 *       a commemoration cue, that ends before the report's own time. It dates the reference event and nothing
 *       else.</li>
 *   <li>A date that is the day of a statement ("announced ... on December 15, 2019") dates the statement, not
 *       an event; so do dates inside slogans.</li>
 *   <li>Of the remaining dates in an event's segment, the one nearest its trigger dates it ("Place – activity –
 *       date" captions included), a date up to the report's day before a later one (a plan), a day before a
 *       week, month or year; a bare year or longer span that ended before the report's month dates
 *       nothing.</li>
 *   <li>With none, the report's publication day, marked inferred (for a daily print edition, the day before
 *       its date: a morning paper carries the previous day's news); with no publication date, the month of the
 *       latest date the text gives (or that date's own precision when coarser), marked inferred: never a single
 *       day invented. With no date at all the event cannot be dated: the caller records a problem.</li>
 * </ol>
 * In a daily print edition ({@link Outlet#printDaily}) "today" is the day the copy was written, the day before
 * the edition's date; "yesterday" and weekdays keep the edition's date as their anchor, as such papers use them.
 * A month written without its year ("November") borrows the year of the nearest earlier mention of that
 * month, when the time tagger left it unresolved.
 */
final class EventDating {
  /** A time expression with the date it denotes. */
  record Dated(TimeMention mention, EventDate date) {}

  /** A past event named as background: its date and the words that name it. */
  record Reference(Dated when, Span phrase) {}

  private static final Pattern MONTH_ONLY = Pattern.compile(
      "(?i)(?:early |late |mid-?)?(january|february|march|april|may|june|july|august|september|october|november|december)");
  private static final Pattern PROTEST_NOUN_AFTER = Pattern.compile(
      "^(?:'s|’s)?[\\s,]*(?:[\\p{L}-]+\\s+){0,2}?(protests?|uprisings?|demonstrations?|revolution|riots?|unrest|strikes?|"
          + "movement|rallies|marches|massacre|crackdown|events)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKGROUND_BEFORE = Pattern.compile(
      "(?i)(commemorat\\w*|anniversary|martyrs|memory|remembrance|since|honou?r(ed|ing)?)\\s+(of\\s+)?(the\\s+)?$");

  private static final Pattern TODAY = Pattern.compile("(?i)(?:early |late )?(?:today|tonight|this (?:morning|afternoon|evening))");

  private static final Pattern WEEK_OF =
      Pattern.compile("(?i)\\b(first|second|third|fourth|last)\\s+week\\s+of\\s+$");

  private final List<Dated> dated = new ArrayList<>();
  private final Optional<EventDate> fallback;
  private final Optional<LocalDate> anchorStart;
  private final Optional<LocalDate> published;

  EventDating(Report report, List<TimeMention> times, List<Span> excluded) {
    boolean printDaily = report.outlet().flatMap(SourceRegister.bundled()::outletNamed).map(Outlet::printDaily)
        .orElse(false);
    for (TimeMention t : times) {
      if (t.type() == TimeType.DURATION || t.type() == TimeType.SET
          || excluded.stream().anyMatch(x -> x.overlaps(t.span()))) {
        continue;
      }
      t.date().or(() -> borrowYear(t)).map(d -> weekOf(report.text(), t, d))
          .map(d -> printDaily && TODAY.matcher(t.text().strip()).matches() ? dayBefore(d) : d)
          .ifPresent(d -> dated.add(new Dated(t, d)));
    }
    published = report.published();
    Optional<Dated> latest = dated.stream().max(Comparator.comparing(d -> d.date().end()));
    if (report.published().isPresent()) {
      LocalDate day = report.published().get().minusDays(printDaily ? 1 : 0);
      fallback = Optional.of(new EventDate(day, day, TimePrecision.DAY, true));
      anchorStart = Optional.of(day.withDayOfMonth(1));
    } else {
      fallback = latest.map(d -> monthOrCoarser(d.date()));
      anchorStart = fallback.map(EventDate::start);
    }
  }

  /** Background mentions of past events inside {@code segment}. */
  List<Reference> references(String folded, Span segment) {
    List<Reference> out = new ArrayList<>();
    for (Dated d : in(segment)) {
      Span s = d.mention().span();
      Matcher after = PROTEST_NOUN_AFTER.matcher(folded.substring(s.end(), segment.end()));
      boolean named = after.find();
      boolean background = BACKGROUND_BEFORE.matcher(folded.substring(Math.max(segment.start(), s.start() - 40),
          s.start())).find();
      boolean past = anchorStart.map(a -> d.date().end().isBefore(a)).orElse(false);
      if ((named || background) && past) {
        out.add(new Reference(d, new Span(s.start(), named ? s.end() + after.end() : s.end())));
      }
    }
    return out;
  }

  /**
   * The date of an event triggered at {@code trigger} in {@code segment}, none of {@code taken} used: the
   * nearest, preferring dates up to the report's day to later ones (a later date is a plan: "the May 5 vote",
   * "he will speak on Tuesday"), then a day to a week, month or year ("rallied on Wednesday after a woman died
   * last month", "protested Thursday, this week's second strike"); a bare year or longer span that ended before the report's month is background
   * ("killed in 2012"), never the date of an event the report tells as news.
   */
  Optional<Dated> own(Span segment, Span trigger, List<Span> taken) {
    return in(segment).stream()
        .filter(d -> taken.stream().noneMatch(t -> t.overlaps(d.mention().span())))
        .filter(d -> !oldBackground(d.date()))
        .min(Comparator.comparing((Dated d) -> isLater(d.date()))
            .thenComparing(d -> d.date().precision() != TimePrecision.DAY)
            .thenComparingInt(d -> distance(d.mention().span(), trigger)));
  }

  private boolean oldBackground(EventDate d) {
    return published.isPresent() && d.precision() == TimePrecision.COARSER
        && d.end().isBefore(published.get().withDayOfMonth(1));
  }

  private boolean isLater(EventDate d) {
    return published.isPresent() && d.start().isAfter(published.get());
  }

  /** The date of an event the text does not date: the report's own, or the latest month it gives. */
  Optional<EventDate> fallback() {
    return fallback;
  }

  /** The time expression the fallback was taken from, for evidence: the latest in the text. */
  Optional<TimeMention> fallbackSource() {
    return dated.stream().max(Comparator.comparing(d -> d.date().end())).map(Dated::mention);
  }

  private List<Dated> in(Span segment) {
    return dated.stream().filter(d -> segment.contains(d.mention().span())).toList();
  }

  private Optional<EventDate> borrowYear(TimeMention t) {
    Matcher m = MONTH_ONLY.matcher(t.text().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
    for (int i = dated.size() - 1; i >= 0; i--) {
      EventDate d = dated.get(i).date();
      if (d.start().getMonthValue() == month && d.precision() != TimePrecision.COARSER) {
        YearMonth ym = YearMonth.of(d.start().getYear(), month);
        return Optional.of(new EventDate(ym.atDay(1), ym.atEndOfMonth(), TimePrecision.MONTH, false));
      }
    }
    return Optional.empty();
  }

  /**
   * "The first week of October 2020" where the tagger read only "October 2020": the week it names, days 1-7
   * (8-14, 15-21, 22-28; the last week is the month's last seven days).
   */
  private static EventDate weekOf(String text, TimeMention t, EventDate d) {
    if (d.precision() != TimePrecision.MONTH) {
      return d;
    }
    Matcher m = WEEK_OF.matcher(text.substring(Math.max(0, t.span().start() - 30), t.span().start()));
    if (!m.find()) {
      return d;
    }
    int ordinal = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "first" -> 0;
      case "second" -> 1;
      case "third" -> 2;
      case "fourth" -> 3;
      default -> -1;
    };
    LocalDate start = ordinal >= 0 ? d.start().plusDays(7L * ordinal) : d.end().minusDays(6);
    return new EventDate(start, start.plusDays(6), TimePrecision.WEEK, d.inferred());
  }

  private static EventDate dayBefore(EventDate d) {
    return new EventDate(d.start().minusDays(1), d.end().minusDays(1), d.precision(), d.inferred());
  }

  private static EventDate monthOrCoarser(EventDate d) {
    if (d.precision() == TimePrecision.COARSER || d.precision() == TimePrecision.MONTH) {
      return new EventDate(d.start(), d.end(), d.precision(), true);
    }
    YearMonth ym = YearMonth.from(d.end());
    return new EventDate(ym.atDay(1), ym.atEndOfMonth(), TimePrecision.MONTH, true);
  }

  private static int distance(Span a, Span b) {
    return a.overlaps(b) ? 0 : Math.min(Math.abs(a.start() - b.end()), Math.abs(b.start() - a.end()));
  }
}
