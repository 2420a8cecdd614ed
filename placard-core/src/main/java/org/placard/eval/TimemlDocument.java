// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.placard.model.Span;

/**
 * A TimeML document as TempEval-3 distributes it: the text inside {@code <TEXT>} with its tags stripped, the
 * gold TIMEX3 expressions with their offsets into that text, and the document creation time ({@code <DCT>}),
 * which is the anchor and not itself a gold expression.
 *
 * @param name   file name, for messages
 * @param text   the plain text
 * @param anchor the DCT day, empty when the document has none that parses
 * @param gold   the gold expressions in text order
 */
public record TimemlDocument(String name, String text, Optional<LocalDate> anchor, List<Timex> gold) {

  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** A gold TIMEX3. */
  public record Timex(Span span, String text, String type, String value) {
    public Timex {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  public TimemlDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    gold = List.copyOf(gold);
  }

  /** Reads one .tml file; a file without a {@code <TEXT>} element is read as an empty document. */
  public static TimemlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Optional<LocalDate> anchor = Optional.empty();
    Matcher dct = DCT.matcher(xml);
    if (dct.find()) {
      try {
        anchor = Optional.of(LocalDate.parse(dct.group(1)));
      } catch (DateTimeParseException e) {
        anchor = Optional.empty();
      }
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < from) {
      return new TimemlDocument(file.getFileName().toString(), "", anchor, List.of());
    }
    return parse(file.getFileName().toString(), xml.substring(from + "<TEXT>".length(), to), anchor);
  }

  /** Strips the tags of {@code body}, keeping the offsets of each TIMEX3 in the stripped text. */
  static TimemlDocument parse(String name, String body, Optional<LocalDate> anchor) {
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    Matcher tag = TAG.matcher(body);
    int last = 0;
    int timexStart = -1;
    String type = "";
    String value = "";
    while (tag.find()) {
      text.append(Parser.unescapeEntities(body.substring(last, tag.start()), false));
      last = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        timexStart = text.length();
        type = attribute(tag.group(3), "type");
        value = attribute(tag.group(3), "value");
      } else if (timexStart >= 0) {
        Span span = new Span(timexStart, text.length());
        gold.add(new Timex(span, span.of(text.toString()), type, value));
        timexStart = -1;
      }
    }
    text.append(Parser.unescapeEntities(body.substring(last), false));
    return new TimemlDocument(name, text.toString(), anchor, gold);
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return "";
  }
}
