// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Report;

/**
 * One report from one whole document (plain text or HTML), given its bytes.
 *
 * <p>Plain text: the text is the whole document (normalised, see {@link TextNormaliser}); its first non-empty
 * line is also taken as the title when it looks like a headline: at most 200 characters, not ending in
 * {@code . , ; :}, and followed by more text. The title line stays in the text, so offsets count from the
 * document's first character.
 *
 * <p>HTML: the article text and metadata from {@link HtmlExtractor}; the page's charset (meta or XML prolog)
 * is honoured unless a BOM or the transport (HTTP) says otherwise. A page with no text is a problem. Thread-safe.
 */
final class DocumentReader {
  private static final int MAX_TITLE_CHARS = 200;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.-]+)",
      Pattern.CASE_INSENSITIVE);

  /** What the place the document came from knows: its address, and a date to fall back on. */
  record Origin(Optional<String> url, Optional<LocalDate> published) {
    static Origin none() {
      return new Origin(Optional.empty(), Optional.empty());
    }
  }

  private final HtmlExtractor html = new HtmlExtractor();

  void read(byte[] bytes, int length, Format format, Optional<String> transportCharset, Origin origin,
      String input, IngestRun run) {
    Optional<String> charset = transportCharset.or(() -> format == Format.HTML
        ? declaredCharset(bytes, length) : Optional.empty());
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, length, charset);
    Optional<String> warning = decoded.warning();
    if (format == Format.HTML) {
      HtmlArticle article = html.extract(decoded.text(), origin.url().orElse(""));
      String text = TextNormaliser.normalise(article.text());
      if (text.isEmpty()) {
        warning.ifPresent(w -> run.problem(input, w));
        run.problem(input, "no text (the page has no article text, only markup, scripts or boilerplate)");
        return;
      }
      Optional<LocalDate> published = article.published().flatMap(PublishedDates::parse);
      Report report = run.report(Report.of(text, article.title().map(TextNormaliser::normalise),
          origin.url().or(article::url), article.outlet(), published.or(origin::published),
          article.language().orElse("en"), input));
      warning.ifPresent(w -> run.problem(report, w, Optional.empty()));
      if (article.published().isPresent() && published.isEmpty()) {
        run.problem(report, "unreadable published date \"" + article.published().get() + "\"",
            article.published());
      }
      return;
    }
    String text = TextNormaliser.normalise(decoded.text());
    if (text.isEmpty()) {
      warning.ifPresent(w -> run.problem(input, w));
      run.problem(input, "no text (only white space or control characters)");
      return;
    }
    Report report = run.report(Report.of(text, plainTitle(text), origin.url(), Optional.empty(),
        origin.published(), "en", input));
    warning.ifPresent(w -> run.problem(report, w, Optional.empty()));
  }

  static Optional<String> plainTitle(String text) {
    int end = text.indexOf('\n');
    if (end < 0 || end > MAX_TITLE_CHARS) {
      return Optional.empty();
    }
    String first = text.substring(0, end).strip();
    if (first.isEmpty() || text.substring(end).isBlank() || ".,;:".indexOf(first.charAt(first.length() - 1)) >= 0) {
      return Optional.empty();
    }
    return Optional.of(first);
  }

  static Optional<String> declaredCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }
}
