// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in an HTML page, without the page around it: a readability-style heuristic over jsoup's DOM.
 *
 * <ol>
 *   <li>Read the page's metadata ({@link HtmlMetadata}) while scripts are still there (JSON-LD).</li>
 *   <li>Drop what is never article text: scripts, styles, forms, navigation, asides, iframes, page-level
 *       headers and footers, ARIA navigation/banner/complementary regions, and elements whose class or id says
 *       share, social, cookie, consent, newsletter, comments, related, sidebar, menu, breadcrumb, advert ...
 *       unless they hold the article.</li>
 *   <li>Choose the container: {@code [itemprop=articleBody]}, then {@code <article>}, then {@code <main>},
 *       whichever first holds a real paragraph's worth of text; else the block whose paragraphs score highest
 *       (text length and commas, discounted by link density); else the body.</li>
 *   <li>Serialise it to plain text with {@link HtmlText}.</li>
 * </ol>
 * Thread-safe; no network access (jsoup is never asked to fetch).
 */
final class HtmlExtractor {
  private static final int MIN_ARTICLE_CHARS = 140;
  private static final Pattern UNLIKELY = Pattern.compile(
      "share|sharing|social|cookie|consent|gdpr|newsletter|subscribe|comment|disqus|related|recommend|sidebar"
          + "|menu|breadcrumb|navbar|masthead|banner|advert|(^|[-_ ])ads?($|[-_ ])|sponsor|promo|popup|modal"
          + "|pagination|pager|skip-link|footer|site-header|paywall",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LIKELY = Pattern.compile(
      "article|body|content|entry|main|post|story|text", Pattern.CASE_INSENSITIVE);
  private static final String NEVER_TEXT =
      "script, style, noscript, template, form, nav, aside, iframe, svg, canvas, button, select, input, "
          + "textarea, object, embed, dialog, [role=navigation], [role=banner], [role=complementary], "
          + "[role=contentinfo], [aria-hidden=true], [hidden]";

  private final HtmlMetadata metadata = new HtmlMetadata();

  HtmlArticle extract(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri);
    HtmlArticle meta = metadata.read(page, "");
    Element body = page.body();
    body.select(NEVER_TEXT).remove();
    for (Element edge : body.select("header, footer")) {
      if (edge.closest("article") == null || edge.normalName().equals("footer")) {
        edge.remove();
      }
    }
    for (Element element : body.select("[class], [id]")) {
      String names = element.className() + " " + element.id();
      if (UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find()
          && element.parent() != null && element.selectFirst("article, main, [itemprop=articleBody]") == null) {
        element.remove();
      }
    }
    String text = HtmlText.of(container(body));
    return new HtmlArticle(text, meta.title(), meta.url(), meta.outlet(), meta.published(), meta.language());
  }

  private static Element container(Element body) {
    for (String selector : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
      for (Element candidate : body.select(selector)) {
        if (paragraphChars(candidate) >= MIN_ARTICLE_CHARS) {
          return candidate;
        }
      }
    }
    Element best = bestScored(body);
    return best == null ? body : best;
  }

  private static int paragraphChars(Element element) {
    int chars = 0;
    for (Element p : element.select("p, pre, blockquote, li")) {
      chars += p.text().length();
    }
    return chars == 0 ? element.text().length() : chars;
  }

  /** Readability's scoring: each paragraph feeds its parent fully and its grandparent half. */
  private static Element bestScored(Element body) {
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote")) {
      String text = p.text();
      if (text.length() < 25 || p.parent() == null) {
        continue;
      }
      double score = 1 + text.split(",").length + Math.min(text.length() / 100, 3);
      scores.merge(p.parent(), score, Double::sum);
      Element grandparent = p.parent().parent();
      if (grandparent != null) {
        scores.merge(grandparent, score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private static double linkDensity(Element element) {
    int all = element.text().length();
    if (all == 0) {
      return 1;
    }
    int links = 0;
    Elements anchors = element.select("a");
    for (Element a : anchors) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / all);
  }
}
