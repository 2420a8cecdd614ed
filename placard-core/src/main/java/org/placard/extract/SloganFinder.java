// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.placard.model.Span;
import org.placard.text.Segment;
import org.placard.text.SegmentKind;

/**
 * Slogans: the verbatim text inside quotation marks (“...”, "...", «...», „...“) where the context says it was
 * chanted, written or carried, without the quote marks. A quote opened and never closed runs to the end of its
 * line. Where a quote counts as a slogan:
 * <ul>
 *   <li>in a sentence that speaks of slogans, chants, banners or graffiti, unless it is reported speech
 *       ("...," she said);</li>
 *   <li>in a caption line ("Several cities – Activities ... – “Down with ...”");</li>
 *   <li>in a list item, once the text has spoken of slogans before it ("Slogans included the following:").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class SloganFinder {
  /** A slogan's span (inside the quote marks) and the index of the segment it stands in. */
  record Found(Span span, int segment) {}

  private static final Pattern CUE = DataFile.cue(
      "slogans?|chant(s|ed|ing)?|shout(s|ed|ing)?|sang|sing(ing)?|banners?|placards?|posters?|signs?|graffiti"
          + "|wrote|written|sprayed|painted|demands?|cried|read(ing)?:");
  private static final Pattern SPEECH = DataFile.cue("said|says|told|added|stated|explained|according to|asked");

  List<Found> find(String text, List<Segment> segments) {
    List<Found> out = new ArrayList<>();
    boolean cueSeen = false;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      String body = segment.of(text);
      for (Span quote : quotes(text, segment.span())) {
        if (accepts(text, segment, quote, cueSeen)) {
          out.add(new Found(quote, s));
        }
      }
      cueSeen |= CUE.matcher(body).find();
    }
    return out;
  }

  private static boolean accepts(String text, Segment segment, Span quote, boolean cueSeen) {
    if (segment.kind() == SegmentKind.CAPTION) {
      return true;
    }
    if (segment.kind() == SegmentKind.BULLET) {
      return cueSeen;
    }
    String before = text.substring(segment.span().start(), Math.max(segment.span().start(), quote.start() - 1));
    String after = text.substring(Math.min(segment.span().end(), quote.end() + 1), segment.span().end());
    String near = tail(before, 30) + " " + head(after, 30);
    if (SPEECH.matcher(near).find() && !near.matches("(?s).*\\b(chant|shout)\\w*.*")) {
      return false;
    }
    if (quote.of(text).strip().split("\\s+").length < 2) {
      return false;
    }
    return CUE.matcher(before).find() || CUE.matcher(after).find();
  }

  /** Quoted stretches of {@code within}, inner text only, trimmed. */
  static List<Span> quotes(String text, Span within) {
    List<Span> out = new ArrayList<>();
    int i = within.start();
    while (i < within.end()) {
      char c = text.charAt(i);
      String closers = switch (c) {
        case '“' -> "”\"";
        case '„' -> "“”";
        case '«' -> "»";
        case '"' -> "\"";
        default -> null;
      };
      if (closers == null) {
        i++;
        continue;
      }
      int close = i + 1;
      while (close < within.end() && closers.indexOf(text.charAt(close)) < 0 && text.charAt(close) != '\n') {
        close++;
      }
      int innerEnd = close;
      while (innerEnd > i + 1 && Character.isWhitespace(text.charAt(innerEnd - 1))) {
        innerEnd--;
      }
      int innerStart = i + 1;
      while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
        innerStart++;
      }
      if (innerEnd - innerStart >= 3) {
        out.add(new Span(innerStart, innerEnd));
      }
      i = close + 1;
    }
    return out;
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  private static String head(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
