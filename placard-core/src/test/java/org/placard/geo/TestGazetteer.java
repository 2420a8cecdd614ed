// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small gazetteer of the tests ({@code test-gazetteer.tsv}), loaded once: it is immutable. */
final class TestGazetteer {
  static final GeoNamesGazetteer GAZETTEER = load();

  private TestGazetteer() {}

  private static GeoNamesGazetteer load() {
    try {
      return GeoNamesGazetteer.load(Path.of(TestGazetteer.class.getResource("test-gazetteer.tsv").toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
