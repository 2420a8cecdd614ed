// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input ingest understands, and the rule that tells them apart.
 *
 * <p>A known extension decides ({@code .txt .text}, {@code .html .htm .xhtml}, {@code .jsonl .ndjson},
 * {@code .warc}, {@code .rss .atom .xml}); a trailing {@code .gz} is ignored because gzip is detected by its
 * magic bytes and unpacked first. Otherwise (unknown extension, stdin) the first bytes decide: {@code WARC/}
 * is WARC; an XML prolog or root that names {@code rss}, {@code feed} or {@code rdf:RDF} is a feed; a leading
 * {@code <} with an HTML tag in the head is HTML; a leading <code>{</code> is JSON Lines; anything else is text.
 */
enum Format {
  TEXT, HTML, JSON_LINES, WARC, FEED;

  static Format detect(Optional<String> fileName, byte[] head, int length) {
    Optional<Format> byName = fileName.flatMap(Format::byExtension);
    return byName.orElseGet(() -> sniff(head, length));
  }

  static Optional<Format> byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> Optional.of(TEXT);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "warc" -> Optional.of(WARC);
      case "rss", "atom", "xml" -> Optional.of(FEED);
      default -> Optional.empty();
    };
  }

  static Format sniff(byte[] head, int length) {
    String start = headText(head, length);
    if (start.startsWith("WARC/")) {
      return WARC;
    }
    String lower = start.stripLeading().toLowerCase(Locale.ROOT);
    if (lower.startsWith("{")) {
      return JSON_LINES;
    }
    if (lower.startsWith("<")) {
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return FEED;
      }
      if (lower.startsWith("<?xml") && !lower.contains("<html")) {
        return FEED;
      }
      return HTML;
    }
    return TEXT;
  }

  /** The head as ASCII-compatible text, skipping a UTF-8 BOM and dropping the zero bytes of UTF-16. */
  private static String headText(byte[] head, int length) {
    int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
        ? 3 : 0;
    StringBuilder ascii = new StringBuilder(Math.min(length, 1024));
    for (int i = from; i < length && ascii.length() < 1024; i++) {
      int b = head[i] & 0xFF;
      if (b != 0 && b != 0xFE && b != 0xFF) {
        ascii.append(b < 0x80 ? (char) b : '?');
      }
    }
    return ascii.toString();
  }
}
