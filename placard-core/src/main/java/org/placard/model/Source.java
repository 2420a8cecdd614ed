// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A report as an event cites it: its id and source metadata, without the text. */
public record Source(
    String reportId, Optional<String> title, Optional<String> url, Optional<String> outlet,
    Optional<LocalDate> published) {

  public Source {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
  }

  public static Source of(Report report) {
    return new Source(report.id(), report.title(), report.url(), report.outlet(), report.published());
  }
}
