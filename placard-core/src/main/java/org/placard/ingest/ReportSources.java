// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Reads reports from files, folders and stdin, in any format {@link Format} knows, gzipped or not, streaming
 * each report and each problem to the caller as it is read.
 *
 * <p>Folders are read recursively in sorted name order (so runs are deterministic), skipping hidden entries
 * (names starting with a dot) and not following symbolic links to folders. "-" is stdin, whose format is
 * sniffed. A gzip stream is recognised by its magic bytes and unpacked first. Bad inputs (missing, empty,
 * binary, too large, truncated, badly encoded, unparseable) become {@link Problem}s naming the input; nothing
 * escapes to the caller but the caller's own exceptions.
 *
 * <p>Memory: JSON Lines and WARC are streamed (one line or record at a time); a plain-text or HTML document, a
 * feed, a JSON line and a WARC record are each held whole, up to {@code maxDocumentBytes}, and skipped with a
 * problem beyond it. Immutable and thread-safe; each {@code read} call keeps its own counts.
 */
public final class ReportSources {
  /** The default size limit for one document, line or record: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
  private static final int HEAD_BYTES = 8192;

  private final SourceDefaults defaults;
  private final long maxDocumentBytes;
  private final DocumentReader documents = new DocumentReader();
  private final FeedReader feeds = new FeedReader();
  private final JsonLinesReader jsonLines;
  private final WarcReports warcs;

  public ReportSources(SourceDefaults defaults) {
    this(defaults, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public ReportSources(SourceDefaults defaults, long maxDocumentBytes) {
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
    this.jsonLines = new JsonLinesReader(maxDocumentBytes);
    this.warcs = new WarcReports(documents, maxDocumentBytes);
  }

  /** Reads each path (a file, a folder recursively, or "-" for stdin), streaming reports and problems. */
  public IngestSummary read(List<String> paths, Consumer<Report> reports, Consumer<Problem> problems) {
    Objects.requireNonNull(paths, "paths");
    IngestRun run = new IngestRun(defaults, Objects.requireNonNull(reports, "reports"),
        Objects.requireNonNull(problems, "problems"));
    for (String path : paths) {
      Objects.requireNonNull(path, "a path");
      if (path.equals("-")) {
        readStream(System.in, "stdin", Optional.empty(), run);
      } else {
        readPath(path, run);
      }
    }
    return run.summary();
  }

  /**
   * Reads one stream (an upload, a pipe) as one input named {@code input}; its format comes from that name's
   * extension when it has a known one, else from the content. The stream is closed.
   */
  public IngestSummary read(InputStream in, String input, Consumer<Report> reports, Consumer<Problem> problems) {
    IngestRun run = new IngestRun(defaults, Objects.requireNonNull(reports, "reports"),
        Objects.requireNonNull(problems, "problems"));
    readStream(Objects.requireNonNull(in, "in"), Objects.requireNonNull(input, "input"), Optional.of(input), run);
    return run.summary();
  }

  private void readPath(String name, IngestRun run) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      problemInput(name, "not a valid path (" + e.getReason() + ")", run);
      return;
    }
    if (Files.isDirectory(path)) {
      readFolder(path, run);
    } else if (Files.isRegularFile(path)) {
      readFile(path, run);
    } else if (Files.exists(path)) {
      problemInput(name, "neither a file nor a folder", run);
    } else {
      problemInput(name, "no such file or folder", run);
    }
  }

  private void readFolder(Path folder, IngestRun run) {
    List<Path> children;
    try (Stream<Path> list = Files.list(folder)) {
      children = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException | RuntimeException e) {
      problemInput(folder.toString(), "folder could not be listed (" + e.getMessage() + ")", run);
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        readFolder(child, run);
      } else if (Files.isRegularFile(child)) {
        readFile(child, run);
      }
    }
  }

  private void readFile(Path file, IngestRun run) {
    String name = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException | RuntimeException e) {
      problemInput(name, "could not be opened (" + e.getMessage() + ")", run);
      return;
    }
    readStream(in, name, Optional.of(file.getFileName().toString()), run);
  }

  private void problemInput(String name, String message, IngestRun run) {
    run.startInput();
    run.problem(name, message);
    run.endInput();
  }

  private void readStream(InputStream raw, String name, Optional<String> fileName, IngestRun run) {
    run.startInput();
    try (InputStream closing = raw) {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      InputStream content = gzip ? new Gunzip(in) : in;
      byte[] head = new byte[HEAD_BYTES];
      int length = readHead(content, head);
      if (length == 0) {
        content.read(); // meets again, and throws, the failure that ended the head, if there was one
        run.problem(name, gzip ? "empty (the gzip stream holds nothing)" : "empty");
        return;
      }
      // Not mark/reset over the gunzipped stream: BufferedInputStream drops the bytes of a read that fails
      // half-way, and a truncated gzip must keep everything before the cut.
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), content);
      Format format = Format.detect(fileName, head, length);
      if (format != Format.WARC && TextDecoding.looksBinary(head, length)) {
        run.problem(name, "binary file (NUL or control bytes), not text; skipped");
        return;
      }
      switch (format) {
        case JSON_LINES -> jsonLines.read(whole, name, run);
        case WARC -> warcs.read(new BufferedInputStream(whole, 1 << 16), name, run);
        default -> readDocument(whole, format, name, run);
      }
    } catch (IOException e) {
      run.problem(name, "could not be read (" + JsonLinesReader.describe(e) + ")");
    } catch (RuntimeException e) {
      run.problem(name, "could not be read (unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    } catch (StackOverflowError e) {
      run.problem(name, "too deeply nested to read");
    } finally {
      run.endInput();
    }
  }

  private void readDocument(InputStream content, Format format, String name, IngestRun run) {
    BoundedBytes bytes = BoundedBytes.read(content, maxDocumentBytes);
    if (bytes.tooLarge()) {
      run.problem(name, "larger than the " + maxDocumentBytes + "-byte limit for one document; skipped");
      return;
    }
    if (bytes.failure().isPresent()) {
      run.problem(name, "cut short: " + JsonLinesReader.describe(bytes.failure().get())
          + "; read the first " + bytes.length() + " bytes");
    }
    if (format == Format.FEED) {
      feeds.read(bytes.bytes(), bytes.length(), name, run);
    } else {
      documents.read(bytes.bytes(), bytes.length(), format, Optional.empty(), DocumentReader.Origin.none(), name,
          run);
    }
  }

  /** Fills {@code head} as far as the stream allows; a failure is met again, and reported, by the real read. */
  private static int readHead(InputStream in, byte[] head) {
    int length = 0;
    try {
      while (length < head.length) {
        int n = in.read(head, length, head.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      // Reported when the content is read in earnest.
    }
    return length;
  }

  /** A gunzipping stream whose early end says "truncated gzip" rather than zlib's words. */
  private static final class Gunzip extends FilterInputStream {
    Gunzip(InputStream in) throws IOException {
      super(gzip(in));
    }

    private static InputStream gzip(InputStream in) throws IOException {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (EOFException e) {
        throw new EOFException("truncated gzip stream (its header is incomplete)");
      }
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (EOFException e) {
        throw new EOFException("truncated gzip stream");
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (EOFException e) {
        throw new EOFException("truncated gzip stream");
      }
    }
  }
}
