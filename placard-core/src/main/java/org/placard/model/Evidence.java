// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.util.Objects;

/**
 * Where in which report a field's value came from: the exact characters, so that a reader can check it.
 *
 * @param reportId the {@link Report#id()} the span points into
 * @param field    the field this evidence supports ("place", "date", "form", "actor", "slogan", "claim", "event")
 * @param span     character offsets into the report's text
 * @param quote    the text of the span, kept so that evidence reads without the report at hand
 */
public record Evidence(String reportId, String field, Span span, String quote) {
  public Evidence {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(quote, "quote");
  }

  /** Evidence for {@code field} covering {@code span} of {@code report}'s text. */
  public static Evidence of(Report report, String field, Span span) {
    return new Evidence(report.id(), field, span, span.of(report.text()));
  }
}
