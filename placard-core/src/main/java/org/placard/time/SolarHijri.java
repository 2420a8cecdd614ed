// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The Solar Hijri (Iranian) calendar, converted exactly to and from the Gregorian one. Stateless.
 *
 * <p>Leap years follow the astronomical calendar as tabulated by Borkowski ("The Persian calendar for 3000
 * years", 1996): a 33-year arithmetic rule between the listed break years, which agrees with the official
 * Iranian calendar for years 1 to 3177. Java has no Persian chronology and ICU4J (14 MB) is too heavy for the
 * core for one table, so the algorithm is written here from its published description.
 */
public final class SolarHijri {

  /** Years where the 33-year cycle restarts (Borkowski's break years). */
  private static final int[] BREAKS = {
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
  };

  /** A day of the Solar Hijri calendar. */
  public record Date(int year, int month, int day) {
    public Date {
      if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
        throw new IllegalArgumentException("no such Solar Hijri day: " + year + "/" + month + "/" + day);
      }
    }
  }

  private SolarHijri() {}

  /** Whether {@code year} (1..3177) has 366 days, i.e. a 30th of Esfand. */
  public static boolean isLeap(int year) {
    return ChronoUnit.DAYS.between(nowruz(year), nowruz(year + 1)) == 366;
  }

  public static int monthLength(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Solar Hijri month must be 1-12: " + month);
    }
    if (month <= 6) {
      return 31;
    }
    return month < 12 || isLeap(year) ? 30 : 29;
  }

  /** The Gregorian day of a Solar Hijri day; fails fast for days that do not exist. */
  public static LocalDate toGregorian(int year, int month, int day) {
    new Date(year, month, day);
    int dayOfYear = month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30;
    return nowruz(year).plusDays(dayOfYear + day - 1L);
  }

  public static Date fromGregorian(LocalDate date) {
    int year = date.getYear() - 621;
    LocalDate start = nowruz(year);
    if (date.isBefore(start)) {
      year--;
      start = nowruz(year);
    }
    int k = (int) ChronoUnit.DAYS.between(start, date);
    if (k < 186) {
      return new Date(year, 1 + k / 31, 1 + k % 31);
    }
    k -= 186;
    return new Date(year, 7 + k / 30, 1 + k % 30);
  }

  /** 1 Farvardin of {@code year}, the Gregorian day of Nowruz. */
  public static LocalDate nowruz(int year) {
    if (year < 1 || year >= BREAKS[BREAKS.length - 1]) {
      throw new IllegalArgumentException("Solar Hijri year out of the supported range 1..3177: " + year);
    }
    int gregorianYear = year + 621;
    int leapJ = -14;
    int jp = BREAKS[0];
    int jump = 0;
    for (int i = 1; i < BREAKS.length; i++) {
      int jm = BREAKS[i];
      jump = jm - jp;
      if (year < jm) {
        break;
      }
      leapJ += jump / 33 * 8 + jump % 33 / 4;
      jp = jm;
    }
    int n = year - jp;
    // Leap years since the start of the era: 8 in every 33 years, one in every 4 within a cycle.
    leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
    if (jump % 33 == 4 && jump - n == 4) {
      leapJ++;
    }
    int leapG = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150;
    int march = 20 + leapJ - leapG;
    return LocalDate.of(gregorianYear, 3, 1).plusDays(march - 1L);
  }
}
