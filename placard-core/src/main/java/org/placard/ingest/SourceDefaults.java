// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.placard.model.Report;

/**
 * Source metadata the user states for every report read (the CLI's --outlet, --published, --url).
 *
 * <p>A stated value <em>overrides</em> what the input says (as {@link Report#withSource} does): the user
 * saying "these came from outlet X" is taken to know better than a page's metadata. An absent value leaves the
 * input's own metadata alone.
 */
public record SourceDefaults(Optional<String> outlet, Optional<LocalDate> published, Optional<String> url) {

  public SourceDefaults {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    if (outlet.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("outlet must not be blank");
    }
    if (url.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("url must not be blank");
    }
  }

  /** No stated metadata: reports keep what their inputs say. */
  public static SourceDefaults none() {
    return new SourceDefaults(Optional.empty(), Optional.empty(), Optional.empty());
  }

  Report applyTo(Report report) {
    if (outlet.isEmpty() && published.isEmpty() && url.isEmpty()) {
      return report;
    }
    return report.withSource(outlet, published, url);
  }
}
