// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

/** What part an actor plays in an event. */
public enum ActorRole {
  /** Those who protested (ACLED actor1). */
  PROTESTERS,
  /** A group that organised or claimed the action (ACLED assoc_actor_1). */
  ORGANISER,
  /** State or other forces that intervened (ACLED actor2). */
  STATE_FORCES
}
