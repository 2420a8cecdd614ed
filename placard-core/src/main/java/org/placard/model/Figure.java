// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Locale;

/** What a number in a claim counts. */
public enum Figure {
  KILLED,
  INJURED,
  ARRESTED,
  CROWD_SIZE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Figure ofLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
