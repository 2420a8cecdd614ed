// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.util.ServiceLoader;
import org.placard.extract.EventExtractor;
import org.placard.geo.Geoparser;

/**
 * A pipeline to compare Placard with, found with {@link java.util.ServiceLoader} so that a baseline with a
 * heavy or GPL dependency (Stanford CoreNLP) stays in an optional module and out of the default build.
 * Providers list themselves in {@code META-INF/services/org.placard.bench.Baseline}.
 */
public interface Baseline {

  /** The name {@code --baseline} selects it by ("corenlp"). */
  String name();

  /**
   * The baseline's stages. It recognises places and times its own way but resolves places with Placard's
   * {@code resolver} and reads events with Placard's {@code extractor}, so that a comparison measures only
   * the stages that differ. May take long (loading models); the stages are thread-safe.
   */
  Stages stages(Geoparser resolver, EventExtractor extractor);

  /**
   * The baseline of that name on the classpath.
   *
   * @throws IllegalArgumentException when there is none, saying how to build and add the optional module
   */
  static Baseline named(String name) {
    for (Baseline b : ServiceLoader.load(Baseline.class)) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no baseline named '" + name + "' on the classpath. The CoreNLP baseline is"
        + " an optional module (GPL, off by default): build it with\n  mvn -B -Pcorenlp -pl placard-corenlp -am package"
        + "\nand run with it on the classpath, e.g.\n  java -jar placard-corenlp/target/placard-corenlp.jar"
        + " --corpus PATH... --baseline corenlp\n  java -cp placard-cli/target/placard.jar:placard-corenlp/target/"
        + "placard-corenlp.jar org.placard.cli.PlacardCommand eval timeml --baseline corenlp DIR");
  }
}
