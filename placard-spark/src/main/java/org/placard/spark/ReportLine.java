// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * One line of a JSON Lines input: an object with {@code text} and, optionally, {@code title}, {@code url},
 * {@code outlet}, {@code published} (an ISO date, or a timestamp whose first ten characters are one) and
 * {@code language}. A line that is not such an object is a problem, never an exception; a blank line is
 * nothing. Stateless and thread-safe.
 */
public final class ReportLine {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportLine() {}

  /**
   * The report on {@code line}, or empty (with the reason given to {@code problems}) when there is none.
   *
   * @param input where the line was read from, for messages ("hdfs://.../part-3.jsonl@2048")
   */
  public static Optional<Report> parse(String line, String input, Consumer<Problem> problems) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(input, "input");
    if (line.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(Problem.ofInput(input, "ingest", "not JSON: " + e.getOriginalMessage()));
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problems.accept(Problem.ofInput(input, "ingest", "not a JSON object"));
      return Optional.empty();
    }
    Optional<String> text = string(node, "text");
    if (text.isEmpty()) {
      problems.accept(Problem.ofInput(input, "ingest", "no \"text\""));
      return Optional.empty();
    }
    Report report = Report.of(text.get(), string(node, "title"), string(node, "url"), string(node, "outlet"),
        date(node, input, problems), string(node, "language").orElse("en"), input);
    return Optional.of(report);
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The publication day; an unreadable one is a problem and leaves the report undated rather than guessed. */
  private static Optional<LocalDate> date(JsonNode node, String input, Consumer<Problem> problems) {
    Optional<String> raw = string(node, "published");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String day = raw.get().length() > 10 ? raw.get().substring(0, 10) : raw.get();
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      problems.accept(new Problem(input, Optional.empty(), "ingest", "unreadable \"published\" date",
          Optional.of(raw.get())));
      return Optional.empty();
    }
  }
}
