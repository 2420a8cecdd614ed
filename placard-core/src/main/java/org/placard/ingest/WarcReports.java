// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reports from a WARC file (plain or gzipped), streamed with jwarc, one record at a time.
 *
 * <p>Read: {@code response} records with a 2xx HTTP status and {@code resource} records, whose payload is
 * HTML ({@code text/html}, {@code application/xhtml+xml}) or plain text; everything else (requests, metadata,
 * images, scripts, redirects, errors) is passed over silently. Each report's input is
 * "crawl.warc.gz#record-17" (the record's 1-based position); its url is the WARC-Target-URI; its published
 * date is the page's own metadata, else the HTTP Last-Modified, else the WARC-Date (the capture: an upper
 * bound on publication, close to it for news crawls). A record truncated by the crawler is read with a
 * problem; a truncated or corrupt file ends with a problem, keeping the records before. Thread-safe.
 */
final class WarcReports {
  private final DocumentReader documents;
  private final long maxRecordBytes;

  WarcReports(DocumentReader documents, long maxRecordBytes) {
    this.documents = documents;
    this.maxRecordBytes = maxRecordBytes;
  }

  void read(InputStream in, String input, IngestRun run) {
    int position = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      reader.onWarning(warning -> run.problem(input, "WARC warning: " + warning));
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return;
        }
        position++;
        String at = input + "#record-" + position;
        try {
          readRecord(next.get(), at, run);
        } catch (IOException | RuntimeException e) {
          run.problem(at, "unreadable record (" + describe(e) + ")");
        }
      }
    } catch (IOException | RuntimeException e) {
      run.problem(input, "truncated or corrupt WARC after record " + position + " (" + describe(e) + ")");
    }
  }

  private void readRecord(WarcRecord record, String at, IngestRun run) throws IOException {
    Optional<LocalDate> captured = Optional.of(PublishedDates.utc(record.date()));
    if (record instanceof WarcResponse response) {
      HttpResponse http = response.http();
      Optional<Format> format = format(http.contentType());
      if (http.status() < 200 || http.status() > 299 || format.isEmpty()) {
        return;
      }
      Optional<LocalDate> published = http.headers().first("Last-Modified")
          .flatMap(PublishedDates::parse).or(() -> captured);
      readBody(http.bodyDecoded().stream(), format.get(), charset(http.contentType()),
          new DocumentReader.Origin(Optional.of(response.target()), published), record, at, run);
    } else if (record instanceof WarcResource resource) {
      Optional<Format> format = format(resource.contentType());
      if (format.isPresent()) {
        readBody(resource.body().stream(), format.get(), charset(resource.contentType()),
            new DocumentReader.Origin(Optional.of(resource.target()), captured), record, at, run);
      }
    }
  }

  private void readBody(InputStream body, Format format, Optional<String> charset, DocumentReader.Origin origin,
      WarcRecord record, String at, IngestRun run) {
    BoundedBytes bytes = BoundedBytes.read(body, maxRecordBytes);
    if (bytes.tooLarge()) {
      run.problem(at, "record payload larger than the " + maxRecordBytes + "-byte limit; skipped");
      return;
    }
    bytes.failure().ifPresent(e -> run.problem(at, "record cut short (" + describe(e) + "); read what was there"));
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      run.problem(at, "record truncated by the crawler (" + record.truncated().name().toLowerCase(Locale.ROOT)
          + "); read what was there");
    }
    if (bytes.length() == 0) {
      return;
    }
    documents.read(bytes.bytes(), bytes.length(), format, charset, origin, at, run);
  }

  private static Optional<Format> format(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> Optional.of(Format.HTML);
      case "text/plain" -> Optional.of(Format.TEXT);
      default -> Optional.empty();
    };
  }

  private static Optional<String> charset(MediaType type) {
    return Optional.ofNullable(type.parameters().get("charset"));
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
