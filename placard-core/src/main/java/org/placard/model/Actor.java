// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone taking part in an event, under a canonical name.
 *
 * @param name      canonical name ("PMOI/MEK Resistance Units")
 * @param role      what part they played
 * @param asWritten the names the report used for them
 */
public record Actor(String name, ActorRole role, List<String> asWritten) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    asWritten = List.copyOf(asWritten);
  }
}
