// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.placard.model.Problem;
import org.placard.model.Report;

/** Whatever bytes come in, under whatever name, reading ends in reports and problems, never an exception. */
class ReadingArbitraryBytesTest {
  private static final String[] PREFIXES = {
      "", "WARC/1.0\r\n", "<html><body><p>", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>", "{\"text\": \"", "\u00ef\u00bb\u00bf"};

  private final ReportSources sources = new ReportSources(SourceDefaults.none(), 1 << 20);

  @Property(tries = 300)
  void noExceptionEscapes(@ForAll("inputs") byte[] bytes,
      @ForAll("names") String name, @ForAll boolean gzipped) {
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    byte[] input = gzipped ? gzip(bytes) : bytes;

    IngestSummary summary = sources.read(new ByteArrayInputStream(input), name, reports::add, problems::add);

    assertThat(summary.inputs()).isEqualTo(1);
    assertThat(summary.reports()).isEqualTo(reports.size());
    assertThat(reports).allSatisfy(r -> assertThat(r.text()).isNotBlank().doesNotContain("\r"));
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith(name));
  }

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<String> prefix = Arbitraries.of(PREFIXES);
    return prefix.flatMap(p -> noise.map(n -> concat(p.getBytes(StandardCharsets.ISO_8859_1), n)));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("stdin", "a.txt", "a.html", "a.jsonl", "a.warc", "a.warc.gz", "a.rss", "a.atom", "a.gz");
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
