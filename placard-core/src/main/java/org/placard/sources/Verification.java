// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.placard.model.Actor;
import org.placard.model.Attribution;
import org.placard.model.Event;

/**
 * How well an event is sourced. The rule, in order:
 *
 * <ol>
 *   <li>{@code confirmed}: two or more independent sources of which one is an international news agency or a
 *       monitor, or a claim of the event corroborated by such an outlet;
 *   <li>{@code multi-source}: two or more independent sources;
 *   <li>{@code self-reported}: every source is an outlet of the acting group itself;
 *   <li>{@code single-source}: otherwise.
 * </ol>
 *
 * Sources are independent when their voices differ: outlets the register ties to one organisation (its own
 * outlets, a government's media) are one voice; otherwise the register's name when the outlet is known, the
 * name the report gives when it is not, and each report of an unnamed outlet on its own.
 */
public enum Verification {
  CONFIRMED("confirmed"),
  MULTI_SOURCE("multi-source"),
  SELF_REPORTED("self-reported"),
  SINGLE_SOURCE("single-source");

  private final String label;

  Verification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Verification ofLabel(String label) {
    for (Verification v : values()) {
      if (v.label.equalsIgnoreCase(label.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verification '" + label
        + "': use confirmed, multi-source, self-reported or single-source");
  }

  public static Verification of(Event event, SourceRegister register) {
    long independent = independentSources(event, register);
    boolean agencyAmongSources = event.sources().stream().anyMatch(s -> register.outletOf(s).kind().confirms());
    boolean agencyCorroborates = event.claims().stream()
        .flatMap(c -> c.corroboratedBy().stream())
        .map(Attribution::source)
        .anyMatch(name -> register.outletNamed(name).map(o -> o.kind().confirms()).orElse(false));
    if ((independent >= 2 && agencyAmongSources) || agencyCorroborates) {
      return CONFIRMED;
    }
    if (independent >= 2) {
      return MULTI_SOURCE;
    }
    if (!event.sources().isEmpty() && event.sources().stream().allMatch(s -> ownOutlet(register.outletOf(s), event))) {
      return SELF_REPORTED;
    }
    return SINGLE_SOURCE;
  }

  public static long independentSources(Event event, SourceRegister register) {
    Set<String> voices = event.sources().stream().map(s -> {
      Outlet o = register.outletOf(s);
      if (o.organisation().isPresent()) {
        return "voice:" + o.organisation().get();
      }
      if (o.kind() != OutletKind.UNKNOWN) {
        return "known:" + o.name();
      }
      return s.outlet().map(n -> "named:" + n.strip().toLowerCase(Locale.ROOT)).orElse("report:" + s.reportId());
    }).collect(Collectors.toSet());
    return voices.size();
  }

  /**
   * An outlet of the organisation that acted in the event (or of any organisation, when no actor is known): the
   * organisation the register declares for the outlet is one of the event's actors, by the actor's name or a
   * name the report wrote it as ("Workers Front" in "truck drivers of the Workers Front").
   */
  private static boolean ownOutlet(Outlet outlet, Event event) {
    if (outlet.kind() != OutletKind.SELF_REPORT) {
      return false;
    }
    if (event.actors().isEmpty() || outlet.organisation().isEmpty()) {
      return true;
    }
    String org = normal(outlet.organisation().get());
    for (Actor a : event.actors()) {
      String name = normal(a.name());
      if (name.contains(org) || org.contains(name) || a.asWritten().stream().map(Verification::normal).anyMatch(org::equals)) {
        return true;
      }
    }
    return false;
  }

  private static String normal(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^the\\s+", "").replaceAll("\\s+", " ");
  }
}
