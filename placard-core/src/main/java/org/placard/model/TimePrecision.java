// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

/** How exactly a date is known, with ACLED's time-precision codes (1 day, 2 week, 3 month) and 4 for coarser. */
public enum TimePrecision {
  DAY(1),
  WEEK(2),
  MONTH(3),
  COARSER(4);

  private final int code;

  TimePrecision(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static TimePrecision ofCode(int code) {
    for (TimePrecision p : values()) {
      if (p.code == code) {
        return p;
      }
    }
    throw new IllegalArgumentException("time precision code must be 1-4: " + code);
  }

  /** The coarser of the two. */
  public TimePrecision coarsest(TimePrecision other) {
    return code >= other.code ? this : other;
  }
}
