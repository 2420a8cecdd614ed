// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.placard.model.Problem;
import org.placard.model.Report;

/** Whatever bytes come in, under whatever name, reading ends in reports and problems, never an exception. */
class ReadingArbitraryBytesTest {
  private static final String[] PREFIXES = {
      "", "WARC/1.0\r\n", "<html><body><p>", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "{\"text\": \"", "\u00ef\u00bb\u00bf"};

  private final ReportSources sources = new ReportSources(SourceDefaults.none(), 1 << 20);

  @Test
  void noExceptionEscapes() {
    qt().withExamples(300).forAll(inputs(), names(), booleans().all()).checkAssert(this::readsCleanly);
  }

  private void readsCleanly(byte[] bytes, String name, boolean gzipped) {
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    byte[] input = gzipped ? gzip(bytes) : bytes;

    IngestSummary summary = sources.read(new ByteArrayInputStream(input), name, reports::add, problems::add);

    assertThat(summary.inputs()).isEqualTo(1);
    assertThat(summary.reports()).isEqualTo(reports.size());
    assertThat(reports).allSatisfy(r -> assertThat(r.text()).isNotBlank().doesNotContain("\r"));
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith(name));
  }

  static Gen<byte[]> inputs() {
    Gen<byte[]> noise = lists().of(integers().between(-128, 127)).ofSizeBetween(0, 2000).map(l -> {
      byte[] b = new byte[l.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = l.get(i).byteValue();
      }
      return b;
    });
    return arbitrary().pick(PREFIXES).zip(noise, (p, n) -> concat(p.getBytes(StandardCharsets.ISO_8859_1), n));
  }

  static Gen<String> names() {
    return arbitrary().pick("stdin", "a.txt", "a.html", "a.jsonl", "a.warc", "a.warc.gz", "a.rss", "a.atom", "a.gz");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
