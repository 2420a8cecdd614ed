// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placard.model.Span;

class GeoparseCorpusTest {

  @Test
  void alignsDriftedOffsetsAndKeepsToponymsWithoutCoordinatesForRecognition()
      throws IOException, URISyntaxException {
    Path file = Path.of(getClass().getResource("drifted.gaztag.xml").toURI());
    List<GoldArticle> articles = GeoparseCorpus.read(file, GeoparseCorpus.Format.GAZTAG);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.toponyms()).extracting(GoldToponym::span).containsExactly(new Span(20, 26), new Span(34, 41));
      assertThat(a.toponyms()).extracting(GoldToponym::phrase).containsExactly("Tabriz", "Mashhad");
      assertThat(a.toponyms().get(0).coordinates()).isPresent();
      assertThat(a.toponyms().get(1).coordinates()).isEmpty();
    });
  }

  @Test
  void aPhraseNotNearItsOffsetKeepsTheStatedSpan() {
    assertThat(GeoparseCorpus.align("abc Tabriz", "Tabriz", 4)).contains(new Span(4, 10));
    assertThat(GeoparseCorpus.align("short", "Tabriz", 40)).isEmpty();
  }
}
