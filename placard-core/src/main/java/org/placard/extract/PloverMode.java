// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.Locale;
import java.util.Objects;
import org.placard.model.Form;

/**
 * The mode of PLOVER's PROTEST event for each of Placard's forms, for users who code in PLOVER rather than ACLED.
 * Symbolic acts (graffiti, banners, leaflets), chanting and online campaigns have no mode of their own in PLOVER:
 * they are {@link #DEMONSTRATE}, the mode for expressive protest; a road block is {@link #OBSTRUCT}.
 */
public enum PloverMode {
  DEMONSTRATE,
  STRIKE,
  BOYCOTT,
  OBSTRUCT,
  HUNGER_STRIKE;

  /** PLOVER's spelling ("demonstrate", "hunger-strike"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static PloverMode of(Form form) {
    Objects.requireNonNull(form, "form");
    return switch (form) {
      case STRIKE -> STRIKE;
      case HUNGER_STRIKE -> HUNGER_STRIKE;
      case BOYCOTT -> BOYCOTT;
      case ROAD_BLOCK, SIT_IN -> OBSTRUCT;
      case DEMONSTRATION, MARCH, RALLY, GRAFFITI, BANNER, LEAFLET, CHANTING, ONLINE -> DEMONSTRATE;
    };
  }
}
