// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from an HTML element: blocks (paragraphs, headings, quotes, tables) are separated by a blank line
 * ("\n\n"), list items, table rows and {@code <br>} by a line break, and runs of white space inside a block
 * collapse to one space (except in {@code <pre>}). Entities are already decoded by jsoup. Iterative, so any
 * nesting depth is safe. Stateless.
 */
final class HtmlText {
  private static final Set<String> PARAGRAPHS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
      "table", "ul", "ol", "dl", "figure", "figcaption", "header", "address", "hr", "center", "body");
  private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "br", "caption", "option");

  private HtmlText() {}

  static String of(Element root) {
    Collector collector = new Collector();
    NodeTraversor.traverse(collector, root);
    return collector.out.toString();
  }

  private static final class Collector implements NodeVisitor {
    final StringBuilder out = new StringBuilder();
    int pendingBreak;
    boolean pendingSpace;
    int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        append(text.getWholeText());
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
          preDepth++;
        }
        breakBefore(tag);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if (!tag.equals("br")) {
          breakBefore(tag);
        }
      }
    }

    private void breakBefore(String tag) {
      if (PARAGRAPHS.contains(tag)) {
        pendingBreak = 2;
      } else if (LINES.contains(tag)) {
        pendingBreak = Math.max(pendingBreak, 1);
      }
    }

    private void append(String raw) {
      if (preDepth > 0) {
        flushBreak();
        out.append(raw);
        return;
      }
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          pendingSpace = true;
        } else {
          if (flushBreak() == 0 && pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          out.append(c);
        }
      }
    }

    /** Writes the pending line break, if any text precedes it; returns how many newlines were written. */
    private int flushBreak() {
      int written = 0;
      if (pendingBreak > 0 && out.length() > 0) {
        written = pendingBreak;
        out.append(pendingBreak == 2 ? "\n\n" : "\n");
      }
      pendingBreak = 0;
      if (written > 0) {
        pendingSpace = false;
      }
      return written;
    }
  }
}
