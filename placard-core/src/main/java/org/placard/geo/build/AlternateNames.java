// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.placard.geo.NameKey;

/**
 * Which alternate names are worth keeping: names in Latin or Arabic script (English-language news and
 * Persian/Arabic sources), without links, codes (IATA "THR", postcodes) or digits, and only one name per
 * {@link NameKey#loose loose key}: variants that fold together add nothing to lookups.
 */
public final class AlternateNames {
  private AlternateNames() {}

  /** The useful alternates of a place, in their first-seen order. */
  public static List<String> useful(String name, String ascii, Iterable<String> candidates) {
    return merge(name, ascii, List.of(), candidates);
  }

  static List<String> merge(String name, String ascii, List<String> kept, Iterable<String> more) {
    Set<String> seen = new HashSet<>();
    seen.add(NameKey.loose(name));
    seen.add(NameKey.loose(ascii));
    List<String> out = new ArrayList<>();
    for (List<String> list : List.of(kept, toList(more))) {
      for (String alt : list) {
        String a = alt.strip();
        if (isUseful(a) && seen.add(NameKey.loose(a))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  static boolean isUseful(String a) {
    if (a.length() < 2 || a.length() > 60 || a.contains("http") || a.contains("www.") || a.contains(",")) {
      return false;
    }
    boolean upperAscii = true;
    boolean anyUpper = false;
    boolean ascii = true;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (Character.isDigit(c) || c == '\t' || c == '\n' || c == '|') {
        return false;
      }
      if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.ARABIC) {
          return false;
        }
        upperAscii &= c >= 'A' && c <= 'Z';
        anyUpper |= Character.isUpperCase(c);
        ascii &= c < 0x80;
      }
    }
    // all-capital short strings are codes; all-lowercase ASCII ones are machine transliterations ("mshd")
    return !(upperAscii && a.length() <= 4) && !(ascii && !anyUpper);
  }

  private static List<String> toList(Iterable<String> items) {
    List<String> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }
}
