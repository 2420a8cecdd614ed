// SPDX-License-Identifier: Apache-2.0
package org.placard.time;

/** TimeML's TIMEX3 types. */
public enum TimeType {
  DATE,
  TIME,
  DURATION,
  SET
}
