// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.placard.ingest.ReportSources;
import org.placard.ingest.SourceDefaults;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Turns corpus files into reports, choosing the format by the file's name and first bytes:
 * <ul>
 *   <li>XML with {@code <article>}s (GeoWebNews, GeoVirus, the gaztag kind): one report per article, its
 *       {@code <text>}, with title, link and download date when present;</li>
 *   <li>TimeML ({@code .tml}, or XML with a {@code <TimeML>} root): one report per file, the {@code <TEXT>}
 *       without its tags, dated by the document creation time;</li>
 *   <li>CSV or TSV with a header: one report per row, from the first of the columns {@code notes}, {@code text},
 *       {@code EventSnippet}, {@code snippet}, {@code body} that the header has;</li>
 *   <li>anything else that {@code placard ingest} reads (text, HTML, JSON Lines, WARC, RSS/Atom, gzipped or not),
 *       through {@link ReportSources}.</li>
 * </ul>
 * A directory is read recursively in name order, taking only files of those kinds and leaving out README and
 * LICENSE files. A file that cannot be parsed becomes a {@link Problem}, never an exception; a path that does
 * not exist is a mistake in the arguments and fails fast. Stateless and thread-safe.
 */
public final class CorpusReader {
  private static final int SNIFF_BYTES = 4096;
  private static final List<String> INGESTIBLE = List.of(".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl",
      ".ndjson", ".warc", ".rss", ".atom", ".gz");

  private static final ReportSources INGEST = new ReportSources(SourceDefaults.none());

  private CorpusReader() {}

  /** Reads every path given, files and directories, in order. */
  public static Corpus read(List<Path> paths) throws IOException {
    List<Report> reports = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such corpus file or directory");
      }
      if (Files.isDirectory(path)) {
        for (Path file : filesUnder(path)) {
          readFile(file, reports, problems);
        }
      } else {
        readFile(path, reports, problems);
      }
    }
    return new Corpus(reports, problems);
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(CorpusReader::isCorpusFile).sorted().toList();
    }
  }

  private static boolean isCorpusFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("readme") || name.startsWith("license") || name.startsWith(".")) {
      return false;
    }
    return name.endsWith(".xml") || name.endsWith(".tml") || name.endsWith(".csv") || name.endsWith(".tsv")
        || INGESTIBLE.stream().anyMatch(name::endsWith);
  }

  private static void readFile(Path file, List<Report> reports, List<Problem> problems) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String input = file.toString();
    int before = reports.size();
    int problemsBefore = problems.size();
    if (name.endsWith(".tml")) {
      TimeMlReader.read(file, reports::add, problems::add);
    } else if (name.endsWith(".xml")) {
      String head = head(file);
      if (head.contains("<TimeML")) {
        TimeMlReader.read(file, reports::add, problems::add);
      } else if (head.contains("<article")) {
        ArticleXmlReader.read(file, reports::add, problems::add);
      } else {
        INGEST.read(List.of(input), reports::add, problems::add); // a feed, or a problem
      }
    } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      CsvReportReader.read(file, name.endsWith(".tsv") ? '\t' : ',', reports::add, problems::add);
    } else {
      INGEST.read(List.of(input), reports::add, problems::add);
    }
    if (reports.size() == before && problems.size() == problemsBefore) {
      problems.add(Problem.ofInput(input, "ingest", "no report read from this file"));
    }
  }

  private static String head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
    }
  }
}
