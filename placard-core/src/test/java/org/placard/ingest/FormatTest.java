// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a.TXT|<html><body>|TEXT",
      "a.htm|plain words|HTML",
      "a.ndjson|x|JSON_LINES",
      "crawl.warc.gz|x|WARC",
      "feed.xml|x|FEED",
      "a.html.gz|x|HTML"})
  void aKnownExtensionDecides(String name, String content, Format expected) {
    byte[] head = content.getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(Optional.of(name), head, head.length)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "WARC/1.1|WARC",
      "  {\"text\": \"x\"}|JSON_LINES",
      "<?xml version=\"1.0\"?><rss version=\"2.0\">|FEED",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">|FEED",
      "<!DOCTYPE html><html><p>x|HTML",
      "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">|HTML",
      "Protesters gathered <in> the square|TEXT",
      "\uFEFF<html>|HTML"})
  void otherwiseTheContentDecides(String content, Format expected) {
    byte[] head = content.getBytes(StandardCharsets.UTF_8);
    assertThat(Format.detect(Optional.of("upload.bin"), head, head.length)).isEqualTo(expected);
    assertThat(Format.detect(Optional.empty(), head, head.length)).isEqualTo(expected);
  }
}
