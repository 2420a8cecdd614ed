// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Reads a table with a header, one report per row: the text from the first text column the header has
 * ({@link #TEXT_COLUMNS}, case-insensitive), dated by a {@code published} or {@code date} column holding an ISO
 * date when there is one. Rows with an empty text are skipped. Stateless.
 */
final class CsvReportReader {
  static final List<String> TEXT_COLUMNS = List.of("notes", "text", "eventsnippet", "snippet", "body");
  private static final List<String> DATE_COLUMNS = List.of("published", "date");

  private CsvReportReader() {}

  static void read(Path file, char delimiter, Consumer<Report> reports, Consumer<Problem> problems) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.parse(in, format)) {
      Optional<String> textColumn = column(csv.getHeaderMap(), TEXT_COLUMNS);
      if (textColumn.isEmpty()) {
        problems.accept(Problem.ofInput(file.toString(), "ingest", "no text column (one of " + TEXT_COLUMNS + ")"));
        return;
      }
      Optional<String> dateColumn = column(csv.getHeaderMap(), DATE_COLUMNS);
      for (CSVRecord row : csv) {
        String input = file + ":" + row.getRecordNumber();
        if (!row.isSet(textColumn.get())) {
          problems.accept(Problem.ofInput(input, "ingest", "row shorter than the header"));
          continue;
        }
        String text = row.get(textColumn.get());
        if (text.isBlank()) {
          continue;
        }
        Optional<LocalDate> published = dateColumn.filter(row::isSet).map(row::get).flatMap(ArticleXmlReader::date);
        reports.accept(Report.of(text, Optional.empty(), Optional.empty(), Optional.empty(), published, "en", input));
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports a malformed row (an unclosed quote, a duplicate header) with these
      problems.accept(Problem.ofInput(file.toString(), "ingest", "malformed table, rest of file skipped: "
          + e.getMessage()));
    }
  }

  private static Optional<String> column(Map<String, Integer> header, List<String> wanted) {
    for (String w : wanted) {
      for (String name : header.keySet()) {
        if (name.strip().toLowerCase(Locale.ROOT).equals(w)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
