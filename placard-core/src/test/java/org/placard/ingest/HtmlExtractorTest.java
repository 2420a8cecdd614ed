// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void withoutSemanticMarkupTheBlockWithMostParagraphTextAndFewestLinksWins() {
    String html = "<html><body>"
        + "<div id='links'><p><a href='/1'>A long list of links to other stories, one, two</a></p>"
        + "<p><a href='/2'>Another long link to a different story about something else</a></p></div>"
        + "<div id='story'><p>Workers at the steel plant in Ahvaz marched to the governorate, demanding wages.</p>"
        + "<p>Police blocked the road, and several people were detained, a union spokesman said.</p></div>"
        + "</body></html>";

    assertThat(extractor.extract(html, "").text()).isEqualTo(
        "Workers at the steel plant in Ahvaz marched to the governorate, demanding wages.\n\n"
            + "Police blocked the road, and several people were detained, a union spokesman said.");
  }

  @Test
  void metadataComesFromTheFirstSourceThatHasIt() {
    String html = "<html lang='fa'><head><title>Page title | Site</title>"
        + "<meta name='twitter:title' content='Twitter title'>"
        + "<meta property='og:url' content='https://example.org/og'></head>"
        + "<body><article><h1>Headline</h1><time datetime='2020-10-03T10:00:00+03:30'>3 Oct</time>"
        + "<p>Text of the article, long enough to count as the article in this test page here.</p>"
        + "<p>And a second paragraph, so that the article clearly holds a paragraph's worth.</p></article></body></html>";

    HtmlArticle article = extractor.extract(html, "");

    assertThat(article.title()).contains("Twitter title");
    assertThat(article.url()).contains("https://example.org/og");
    assertThat(article.published()).contains("2020-10-03T10:00:00+03:30");
    assertThat(article.language()).contains("fa");
    assertThat(article.outlet()).isEmpty();
    assertThat(article.text()).startsWith("Headline\n\n3 Oct\n\nText of the article");
  }

  @Test
  void brAndPreKeepTheirLines() {
    String html = "<body><p>First line<br>second   line</p><pre>a  b\n  c</pre></body>";

    assertThat(extractor.extract(html, "").text()).isEqualTo("First line\nsecond line\n\na  b\n  c");
  }
}
