// SPDX-License-Identifier: Apache-2.0
package org.placard.extract.demands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Multi-label classification of a report's text into categories by word-prefix cues read from a data file
 * ({@code category<TAB>cue}). Immutable and thread-safe. A fallback category, when given, is returned alone
 * when no cue matches (MM codes an unmentioned state response as "ignore", and a protest with no other demand
 * is most often about "political behavior, process").
 */
public final class CueClassifier {
  private final List<String> categories = new ArrayList<>();
  private final List<Pattern> cues = new ArrayList<>();
  private final Optional<String> fallback;

  private CueClassifier(String resource, Optional<String> fallback) {
    this.fallback = fallback;
    try (InputStream in = CueClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length == 2) {
          categories.add(f[0].trim());
          cues.add(Pattern.compile("\\b" + Pattern.quote(f[1].trim().toLowerCase(Locale.ROOT))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Protester demands: labor wage dispute, land farm issue, police brutality, ... (demands.tsv); "political
   * behavior, process", MM's catch-all for protests aimed at the government, when no cue matches.
   */
  public static CueClassifier demands() {
    return new CueClassifier("demands.tsv", Optional.of("political behavior, process"));
  }

  /** State responses: arrests, crowd dispersal, ...; "ignore" when none is mentioned (responses.tsv). */
  public static CueClassifier responses() {
    return new CueClassifier("responses.tsv", Optional.of("ignore"));
  }

  /** The categories whose cues occur in the text. */
  public Set<String> classify(String text) {
    Objects.requireNonNull(text, "text");
    String folded = text.toLowerCase(Locale.ROOT);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < cues.size(); i++) {
      if (cues.get(i).matcher(folded).find()) {
        out.add(categories.get(i));
      }
    }
    if (out.isEmpty()) {
      fallback.ifPresent(out::add);
    }
    return out;
  }

  /** Every category this classifier can return. */
  public Set<String> categories() {
    Set<String> all = new TreeSet<>(categories);
    fallback.ifPresent(all::add);
    return all;
  }
}
