// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's own metadata, first found wins: title from og:title, twitter:title, the first {@code <h1>}, then
 * {@code <title>}; published from article:published_time (and its og:, itemprop, Dublin Core and common name
 * variants), JSON-LD datePublished, then the first {@code <time datetime>}; outlet from og:site_name, then
 * JSON-LD publisher name; url from the canonical link, then og:url; language from {@code <html lang>}.
 * Must run before scripts are stripped (JSON-LD lives in them). Thread-safe.
 */
final class HtmlMetadata {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}");
  private final ObjectMapper json = new ObjectMapper();

  HtmlArticle read(Document page, String text) {
    Optional<JsonNode> ld = jsonLd(page);
    Optional<String> title = meta(page, "meta[property=og:title]", "meta[name=twitter:title]")
        .or(() -> first(page, "h1"))
        .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()));
    Optional<String> published = meta(page,
        "meta[property=article:published_time]", "meta[property=og:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]")
        .or(() -> ld.flatMap(node -> field(node, "datePublished")))
        .or(() -> attribute(page, "time[datetime]", "datetime"));
    Optional<String> outlet = meta(page, "meta[property=og:site_name]")
        .or(() -> ld.flatMap(node -> Optional.ofNullable(node.get("publisher")))
            .flatMap(p -> field(p, "name")));
    Optional<String> url = attribute(page, "link[rel=canonical]", "abs:href")
        .or(() -> attribute(page, "link[rel=canonical]", "href"))
        .or(() -> meta(page, "meta[property=og:url]"));
    Optional<String> language = Optional.ofNullable(page.selectFirst("html"))
        .map(html -> html.attr("lang").split("[-_]")[0].toLowerCase(Locale.ROOT))
        .filter(lang -> LANGUAGE.matcher(lang).matches());
    return new HtmlArticle(text, title.map(String::strip), url, outlet.map(String::strip), published, language);
  }

  private static Optional<String> meta(Document page, String... selectors) {
    for (String selector : selectors) {
      Optional<String> value = attribute(page, selector, "content");
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(Document page, String selector, String attribute) {
    for (Element element : page.select(selector)) {
      String value = element.attr(attribute).strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> first(Document page, String selector) {
    return Optional.ofNullable(page.selectFirst(selector)).map(Element::text).filter(t -> !t.isBlank());
  }

  /** The first JSON-LD object that has a datePublished (searched breadth-first, also inside @graph/arrays). */
  private Optional<JsonNode> jsonLd(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(json.readTree(script.data()));
        for (int seen = 0; !queue.isEmpty() && seen < 1000; seen++) {
          JsonNode node = queue.poll();
          if (node.isObject() && node.hasNonNull("datePublished")) {
            return Optional.of(node);
          }
          node.forEach(queue::add);
        }
      } catch (JacksonException | IllegalArgumentException e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return Optional.empty();
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText()) : Optional.empty();
  }
}
