// SPDX-License-Identifier: Apache-2.0
package org.placard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  private List<String> pieces(String text) {
    return segmenter.segment(text).stream().map(s -> s.kind() + ":" + s.of(text)).toList();
  }

  @Test
  void splitsProseIntoSentencesButNotAfterTitlesOrInsideQuotes() {
    String text = "Mr. Smith spoke. They chanted “Bread. Freedom.” and left. Protests went on.";
    assertThat(pieces(text)).containsExactly(
        "SENTENCE:Mr. Smith spoke.",
        "SENTENCE:They chanted “Bread. Freedom.” and left.",
        "SENTENCE:Protests went on.");
  }

  @Test
  void keepsHeadlinesCaptionsAndListItemsAsWholeLines() {
    String text = "Protests Spread\n\nTehran – Writing graffiti by supporters – October 10, 2020\n"
        + "  • “Down with the dictator.”\n\nSlogans included the following:\n";
    assertThat(pieces(text)).containsExactly(
        "HEADLINE:Protests Spread",
        "CAPTION:Tehran – Writing graffiti by supporters – October 10, 2020",
        "BULLET:• “Down with the dictator.”",
        "SENTENCE:Slogans included the following:");
  }

  @Test
  void joinsHardWrappedLinesOfOneParagraphAndKeepsExactOffsets() {
    String text = "Hundreds of workers marched through the city centre on Monday\nto demand unpaid wages. Police watched.";
    List<Segment> segments = segmenter.segment(text);
    assertThat(segments).hasSize(2);
    assertThat(segments.get(0).of(text)).endsWith("to demand unpaid wages.");
    assertThat(segments.get(1).span().start()).isEqualTo(text.indexOf("Police"));
    assertThat(segments.get(0).paragraph()).isEqualTo(segments.get(1).paragraph());
  }

  @Test
  void foldingKeepsEveryOffset() {
    String text = "People’s Mojahedin – Iran\u00a0now";
    String folded = Folding.forMatching(text);
    assertThat(folded).hasSameSizeAs(text).isEqualTo("People's Mojahedin - Iran now");
  }
}
