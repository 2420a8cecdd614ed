// SPDX-License-Identifier: Apache-2.0
package org.placard.export;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.placard.model.Source;

/**
 * How well an event is sourced, from its sources alone. Independent sources are distinct outlets; reports
 * with no known outlet count once each.
 */
public enum Verification {
  SINGLE_SOURCE("single-source"),
  MULTI_SOURCE("multi-source");

  private final String label;

  Verification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Verification of(List<Source> sources) {
    return independentSources(sources) >= 2 ? MULTI_SOURCE : SINGLE_SOURCE;
  }

  static long independentSources(List<Source> sources) {
    Set<String> outlets = sources.stream()
        .map(s -> s.outlet().map(o -> "outlet:" + o.toLowerCase(java.util.Locale.ROOT)).orElse("report:" + s.reportId()))
        .collect(Collectors.toSet());
    return outlets.size();
  }

  static long sourceCount(List<Source> sources) {
    return sources.stream().map(Source::reportId).filter(Objects::nonNull).distinct().count();
  }
}
