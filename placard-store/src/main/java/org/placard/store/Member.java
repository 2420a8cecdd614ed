// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.util.Objects;
import java.util.Optional;
import org.placard.model.Event;

/**
 * One report's own account of a stored event: the event as extracted from that report, before merging.
 *
 * @param event    the event as the report told it, whole
 * @param reportId the report it was extracted from
 * @param reason   why it joined the stored event (the rule's words, naming the member it matched); absent for
 *                 the member whose id the stored event bears, and for an event of one member
 */
public record Member(Event event, String reportId, Optional<String> reason) {
  public Member {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(reason, "reason");
  }
}
