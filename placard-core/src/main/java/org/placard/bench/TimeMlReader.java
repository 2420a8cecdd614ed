// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Reads a TimeML document (TimeBank, AQUAINT) as one report: the {@code <TEXT>} with its annotation tags
 * removed, dated by the {@code value} of the TIMEX3 inside {@code <DCT>}, titled by {@code <TITLE>}. Stateless.
 */
final class TimeMlReader {
  private TimeMlReader() {}

  static void read(Path file, Consumer<Report> reports, Consumer<Problem> problems) throws IOException {
    StringBuilder text = new StringBuilder();
    StringBuilder title = new StringBuilder();
    Optional<LocalDate> created = Optional.empty();
    String inside = "";
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = Xml.reader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("TEXT") || name.equals("TITLE") || name.equals("DCT")) {
              inside = name;
            } else if (name.equals("TIMEX3") && inside.equals("DCT")) {
              created = ArticleXmlReader.date(String.valueOf(xml.getAttributeValue(null, "value")));
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(inside)) {
            inside = "";
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            if (inside.equals("TEXT")) {
              text.append(xml.getText());
            } else if (inside.equals("TITLE")) {
              title.append(xml.getText());
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      problems.accept(Problem.ofInput(file.toString(), "ingest", "malformed TimeML: " + e.getMessage()));
      return;
    }
    String body = text.toString().strip();
    if (body.isEmpty()) {
      problems.accept(Problem.ofInput(file.toString(), "ingest", "TimeML without <TEXT>"));
      return;
    }
    Optional<String> heading = title.toString().isBlank() ? Optional.empty() : Optional.of(title.toString().strip());
    reports.accept(Report.of(body, heading, Optional.empty(), Optional.empty(), created, "en", file.toString()));
  }
}
