// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Reads article corpora: {@code <article>} elements whose direct children give the {@code <text>}, and when
 * present the {@code <title>}, the address ({@code <link>}, {@code <url>} or {@code <source>}) and the download
 * date ({@code <dltime>}). Nested elements (toponyms, locations) are skipped. Stateless.
 */
final class ArticleXmlReader {
  private ArticleXmlReader() {}

  static void read(Path file, Consumer<Report> reports, Consumer<Problem> problems) throws IOException {
    int article = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = Xml.reader(in);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("article")) {
            String input = file + "#" + article++;
            article(xml, input).ifPresentOrElse(reports,
                () -> problems.accept(Problem.ofInput(input, "ingest", "article without text")));
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      problems.accept(Problem.ofInput(file + "#" + article, "ingest", "malformed XML, rest of file skipped: "
          + e.getMessage()));
    }
  }

  /** Reads one article, leaving the reader at its end tag. */
  private static Optional<Report> article(XMLStreamReader xml, String input) throws XMLStreamException {
    String text = null;
    Optional<String> title = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<LocalDate> published = Optional.empty();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        if (depth > 1) {
          depth++;
          continue;
        }
        switch (xml.getLocalName()) {
          case "text" -> text = xml.getElementText();
          case "title" -> title = nonBlank(xml.getElementText());
          case "link", "url", "source" -> url = nonBlank(xml.getElementText());
          case "dltime", "date", "published" -> published = date(xml.getElementText());
          default -> depth++;
        }
      }
    }
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Report.of(text, title, url, Optional.empty(), published, "en", input));
  }

  private static Optional<String> nonBlank(String s) {
    return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  /** The day of an ISO date or date-time; absent when it is not one. */
  static Optional<LocalDate> date(String s) {
    String t = s.strip();
    if (t.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(t.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
