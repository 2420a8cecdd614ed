// SPDX-License-Identifier: Apache-2.0
package org.placard.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.placard.model.Span;

/**
 * Splits a text into segments: headlines, captions and list items stay whole lines; prose is split into
 * sentences, across hard-wrapped lines of one paragraph, never inside a quotation and never after a known
 * abbreviation ("Mr.", "Gen.", "U.S."). Offsets are exact. Stateless and thread-safe.
 */
public final class Segmenter {
  private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪◦●\\-*–]\\s+\\S");
  /** "Tehran- Distributing ...", "Mashhad – Writing ...": a short head, a dash with a space beside it. */
  private static final Pattern CAPTION =
      Pattern.compile("^\\s*\\p{Lu}[\\p{L}\\p{M}'’. ]{1,40}?(\\s+[-–—]\\s*|\\s*[-–—]\\s+)\\S");
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
      "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m");

  /** The segments of {@code text}, in text order. */
  public List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    List<int[]> lines = lines(text);
    int paragraph = 0;
    boolean previousBlank = true;
    int proseStart = -1;
    int proseLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      int start = lines.get(i)[0];
      int end = lines.get(i)[1];
      boolean blank = text.substring(start, end).isBlank();
      if (blank) {
        proseStart = flushProse(text, proseStart, start, proseLine, paragraph, out);
        if (!previousBlank) {
          paragraph++;
        }
        previousBlank = true;
        continue;
      }
      previousBlank = false;
      String line = text.substring(start, end);
      boolean alone = isBlankLine(text, lines, i - 1) && isBlankLine(text, lines, i + 1)
          || isBlankLine(text, lines, i - 1) && line.strip().split("\\s+").length <= 8;
      SegmentKind kind = kindOf(line, alone);
      if (kind == SegmentKind.SENTENCE) {
        if (proseStart < 0) {
          proseStart = start;
          proseLine = i;
        }
        continue;
      }
      proseStart = flushProse(text, proseStart, start, proseLine, paragraph, out);
      out.add(new Segment(trim(text, start, end), kind, i, paragraph));
    }
    flushProse(text, proseStart, text.length(), proseLine, paragraph, out);
    return out;
  }

  static SegmentKind kindOf(String line, boolean alone) {
    if (BULLET.matcher(line).find()) {
      return SegmentKind.BULLET;
    }
    if (CAPTION.matcher(line).find()) {
      return SegmentKind.CAPTION;
    }
    String t = line.strip();
    boolean closed = t.matches(".*[.!?:;…\"”»)]$");
    if (alone && !closed && t.split("\\s+").length <= 14) {
      return SegmentKind.HEADLINE;
    }
    return SegmentKind.SENTENCE;
  }

  private int flushProse(String text, int from, int to, int line, int paragraph, List<Segment> out) {
    if (from < 0) {
      return -1;
    }
    int sentenceStart = from;
    int currentLine = line;
    int startLine = line;
    int quoteDepth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        currentLine++;
      } else if (c == '“' || c == '«') {
        quoteDepth++;
      } else if ((c == '”' || c == '»') && quoteDepth > 0) {
        quoteDepth--;
      } else if (c == '"') {
        quoteDepth = quoteDepth > 0 ? quoteDepth - 1 : 1;
      } else if ((c == '.' || c == '!' || c == '?' || c == '…') && quoteDepth == 0 && endsSentence(text, i, to)) {
        int end = i + 1;
        while (end < to && ")’'\"”".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        addTrimmed(text, sentenceStart, end, startLine, paragraph, out);
        sentenceStart = end;
        startLine = currentLine;
        i = end - 1;
      }
    }
    addTrimmed(text, sentenceStart, to, startLine, paragraph, out);
    return -1;
  }

  private static boolean endsSentence(String text, int dot, int to) {
    int next = dot + 1;
    while (next < to && ")’'\"”".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next < to && Character.isLowerCase(text.charAt(next))) {
      return false;
    }
    if (text.charAt(dot) != '.') {
      return true;
    }
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0)));
  }

  private static void addTrimmed(String text, int from, int to, int line, int paragraph, List<Segment> out) {
    Span s = trim(text, from, to);
    if (s.length() > 0) {
      out.add(new Segment(s, SegmentKind.SENTENCE, line, paragraph));
    }
  }

  private static Span trim(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  private static boolean isBlankLine(String text, List<int[]> lines, int i) {
    return i < 0 || i >= lines.size() || text.substring(lines.get(i)[0], lines.get(i)[1]).isBlank();
  }

  /** [start, end) of each line, end excluding the line break. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(new int[] {start, end});
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }
}
