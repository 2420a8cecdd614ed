// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import java.util.Locale;

/** What kind of outlet published a report. */
public enum OutletKind {
  INTERNATIONAL_AGENCY("international news agency"),
  NATIONAL_MEDIA("national media"),
  LOCAL_MEDIA("local media"),
  STATE_MEDIA("state or state-affiliated media"),
  SELF_REPORT("the organisation's own outlet"),
  MONITOR("NGO or monitor"),
  SOCIAL_MEDIA("social media"),
  UNKNOWN("unknown");

  private final String label;

  OutletKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The register's code for this kind: its name in lower case with hyphens ("international-agency"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static OutletKind ofCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Agencies and monitors whose confirmation makes an event "confirmed". */
  public boolean confirms() {
    return this == INTERNATIONAL_AGENCY || this == MONITOR;
  }
}
