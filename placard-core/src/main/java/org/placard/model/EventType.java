// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Objects;

/**
 * ACLED's classification of an event.
 *
 * @param disorderType  "Demonstrations", "Political violence", "Strategic developments"
 * @param eventType     "Protests", "Riots", "Violence against civilians", ...
 * @param subEventType  "Peaceful protest", "Protest with intervention", ...
 */
public record EventType(String disorderType, String eventType, String subEventType) {
  public static final EventType PEACEFUL_PROTEST = new EventType("Demonstrations", "Protests", "Peaceful protest");

  public EventType {
    Objects.requireNonNull(disorderType, "disorderType");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
  }
}
