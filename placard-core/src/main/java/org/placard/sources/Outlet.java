// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the source register.
 *
 * @param name         the outlet's name as reports give it ("Reuters")
 * @param kind         what kind of outlet it is
 * @param organisation for the organisation's own outlets and state media: whose voice it is ("PMOI/MEK")
 * @param aliases      other names and web domains it goes by ("reuters.com")
 * @param printDaily   a daily print edition: its copy is written the day before the date on the edition, so an
 *                     undated event and the copy's "today" are that earlier day
 */
public record Outlet(String name, OutletKind kind, Optional<String> organisation, List<String> aliases,
    boolean printDaily) {
  public Outlet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(organisation, "organisation");
    aliases = List.copyOf(aliases);
  }

  public Outlet(String name, OutletKind kind, Optional<String> organisation, List<String> aliases) {
    this(name, kind, organisation, aliases, false);
  }

  public static Outlet unknown(String name) {
    return new Outlet(name, OutletKind.UNKNOWN, Optional.empty(), List.of());
  }
}
