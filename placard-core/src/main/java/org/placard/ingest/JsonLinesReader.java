// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.placard.model.Report;

/**
 * Reports from JSON Lines, one object per line, streamed: {@code text} (required), and optional {@code title},
 * {@code url}, {@code outlet}, {@code published} (ISO date or date-time, read leniently by
 * {@link PublishedDates}) and {@code language}. Each line is its own input ("feed.jsonl:12"): a broken line is
 * a problem and the lines around it are still read; a bad date is a problem but the report is kept. Blank lines
 * are skipped. Thread-safe (each call streams its own input).
 */
final class JsonLinesReader {
  private final ObjectMapper json;
  private final long maxLineBytes;

  JsonLinesReader(long maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
    int maxString = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 16);
    this.json = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
        .build());
  }

  void read(InputStream in, String input, IngestRun run) {
    ByteLines lines = new ByteLines(in, maxLineBytes);
    try {
      while (lines.next()) {
        String at = input + ":" + lines.number();
        if (lines.overflowed()) {
          run.problem(at, "line longer than the " + maxLineBytes + "-byte limit; skipped");
          continue;
        }
        readLine(lines, at, run);
      }
    } catch (IOException e) {
      run.problem(input, "could not read past line " + lines.number() + " (" + describe(e) + ")");
    }
  }

  private void readLine(ByteLines lines, String at, IngestRun run) {
    int offset = lines.number() == 1 && lines.length() >= 3 && (lines.bytes()[0] & 0xFF) == 0xEF
        && (lines.bytes()[1] & 0xFF) == 0xBB && (lines.bytes()[2] & 0xFF) == 0xBF ? 3 : 0;
    byte[] bytes = offset == 0 ? lines.bytes() : Arrays.copyOfRange(lines.bytes(), 3, lines.length());
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, lines.length() - offset, Optional.of("UTF-8"));
    if (decoded.text().isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = json.readTree(decoded.text());
    } catch (JacksonException e) {
      run.problem(at, "not valid JSON (" + e.getOriginalMessage() + ")");
      return;
    }
    if (node == null || !node.isObject()) {
      run.problem(at, "not a JSON object");
      return;
    }
    Optional<String> text = string(node, "text").map(TextNormaliser::normalise).filter(t -> !t.isEmpty());
    if (text.isEmpty()) {
      run.problem(at, "no \"text\" (a non-empty string is required)");
      return;
    }
    Optional<String> published = string(node, "published");
    // what the report is about, when the feed knows it: an ISO 3166 two-letter code ("country": "IR")
    Optional<String> givenCountry = string(node, "country");
    Optional<String> country = givenCountry.map(c -> c.strip().toUpperCase(Locale.ROOT))
        .filter(c -> c.matches("[A-Z]{2}"));
    Optional<LocalDate> date = published.flatMap(PublishedDates::parse);
    Report report = run.report(Report.of(text.get(),
        string(node, "title").map(TextNormaliser::normalise).filter(t -> !t.isEmpty()),
        string(node, "url").map(String::strip), string(node, "outlet").map(String::strip), date,
        string(node, "language").map(String::strip).filter(l -> !l.isEmpty()).orElse("en"), at)
        .withCountry(country));
    decoded.warning().ifPresent(w -> run.problem(report, w, Optional.empty()));
    if (published.isPresent() && date.isEmpty()) {
      run.problem(report, "unreadable published date \"" + published.get() + "\"; report kept without it",
          published);
    }
    if (givenCountry.isPresent() && country.isEmpty()) {
      run.problem(report, "unreadable country \"" + givenCountry.get() + "\" (an ISO 3166 two-letter code is "
          + "expected); report kept without it", givenCountry);
    }
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText()) : Optional.empty();
  }

  static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
