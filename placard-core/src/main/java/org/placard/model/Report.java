// SPDX-License-Identifier: Apache-2.0
package org.placard.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A text that came in, with what is known of its source. Immutable.
 *
 * <p>The id is a content hash over the text and the source metadata: the same text ingested twice from the
 * same source is the same report (and adds nothing), while the same text published by two outlets is two
 * reports, two sources for the same events.
 */
public record Report(
    String id,
    String text,
    Optional<String> title,
    Optional<String> url,
    Optional<String> outlet,
    Optional<LocalDate> published,
    String language,
    Optional<String> country,
    String input) {

  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(input, "input");
    if (country.isPresent() && !country.get().matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("a report's country is an ISO 3166 two-letter code, not \"" + country.get() + "\"");
    }
  }

  /**
   * A report whose id is computed from its content.
   *
   * @param input where it was read from (a file path, "stdin", "file.jsonl:12"), for messages
   */
  public static Report of(
      String text,
      Optional<String> title,
      Optional<String> url,
      Optional<String> outlet,
      Optional<LocalDate> published,
      String language,
      String input) {
    String id = contentHash(text, title, url, outlet, published);
    return new Report(id, text, title, url, outlet, published, language, Optional.empty(), input);
  }

  /** A bare text with no source metadata. */
  public static Report ofText(String text, String input) {
    return of(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "en", input);
  }

  public Report withSource(Optional<String> outlet, Optional<LocalDate> published, Optional<String> url) {
    return of(text, title, url.or(() -> this.url), outlet.or(() -> this.outlet),
        published.or(() -> this.published), language, input).withCountry(country);
  }

  /**
   * This report, known to be about {@code country} (an ISO 3166 two-letter code, e.g. from a feed's metadata):
   * the geoparser then prefers that country's places. Not part of the id: it says what the text is about, not
   * who published it.
   */
  public Report withCountry(Optional<String> country) {
    return new Report(id, text, title, url, outlet, published, language, country, input);
  }

  static String contentHash(
      String text, Optional<String> title, Optional<String> url, Optional<String> outlet,
      Optional<LocalDate> published) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      for (Optional<?> part : new Optional<?>[] {title, url, outlet, published}) {
        sha.update((byte) 0);
        sha.update(part.map(Object::toString).orElse("").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
