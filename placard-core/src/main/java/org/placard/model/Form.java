// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Locale;

/** The form a protest took: Placard's facet, finer than ACLED's sub-event types. */
public enum Form {
  DEMONSTRATION,
  MARCH,
  RALLY,
  SIT_IN,
  STRIKE,
  HUNGER_STRIKE,
  BOYCOTT,
  ROAD_BLOCK,
  GRAFFITI,
  BANNER,
  LEAFLET,
  CHANTING,
  ONLINE;

  /** The lower-case label used in exports and on the command line ("sit-in", "hunger strike"). */
  public String label() {
    return switch (this) {
      case SIT_IN -> "sit-in";
      case HUNGER_STRIKE -> "hunger strike";
      case ROAD_BLOCK -> "road block";
      default -> name().toLowerCase(Locale.ROOT);
    };
  }

  public static Form ofLabel(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (Form f : values()) {
      if (f.label().equals(wanted) || f.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown form: " + label);
  }
}
