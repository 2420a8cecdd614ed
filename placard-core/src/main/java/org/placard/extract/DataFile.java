// SPDX-License-Identifier: Apache-2.0
package org.placard.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the extractor's data files from the class path: tab-separated rows, '#' comments, blank lines skipped. */
final class DataFile {
  private DataFile() {}

  /** The rows of resource {@code name} beside this class, each split on tabs (trailing empty cells kept). */
  static List<String[]> rows(String name) {
    return read(name, false);
  }

  /** As {@link #rows}, each row led by its line number in the file, so that errors can point at the line. */
  static List<String[]> numberedRows(String name) {
    return read(name, true);
  }

  private static List<String[]> read(String name, boolean numbered) {
    try (InputStream in = DataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        // A missing data file is a packaging bug, not bad source data.
        throw new IllegalStateException("data file missing from the class path: " + name);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add((numbered ? number + "\t" + line : line).split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
  }

  /**
   * A cue as a pattern bounded by non-letters on both sides. A cue written in capitals (an acronym: "MEK",
   * "IED") matches case-sensitively, any other ignores case.
   */
  static Pattern cue(String regex) {
    return cue(regex, regex.chars().noneMatch(Character::isLowerCase));
  }

  /** A cue as a pattern bounded by non-letters on both sides, matching case as told. */
  static Pattern cue(String regex, boolean acronym) {
    String bounded = "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    return acronym ? Pattern.compile(bounded) : Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
