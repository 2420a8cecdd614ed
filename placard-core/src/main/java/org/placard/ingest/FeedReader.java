// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.placard.model.Report;

/**
 * Reports from an RSS or Atom feed (any version Rome reads): one per item, from its content (else its
 * description), HTML stripped to text; title, link, published (else updated) date, the feed's title as outlet
 * and the feed's language. Items are inputs "feed.xml#item-3". Nothing is fetched: an item is what the feed
 * holds, never the page it links to, and DTDs and external entities resolve to nothing.
 *
 * <p>Rome builds the whole feed in memory, so a feed is bounded by the document size limit rather than
 * streamed. Item dates come from Rome as instants and are read in UTC. Thread-safe.
 */
final class FeedReader {

  void read(byte[] bytes, int length, String input, IngestRun run) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes, 0, length), true)) {
      SyndFeedInput parser = new SyndFeedInput(false, Locale.US);
      parser.setAllowDoctypes(true);
      parser.setXmlHealerOn(true);
      feed = parser.build(xml);
    } catch (IOException | FeedException | IllegalArgumentException e) {
      run.problem(input, "not a readable RSS or Atom feed (" + firstLine(e.getMessage()) + ")");
      return;
    }
    Optional<String> outlet = text(feed.getTitle());
    String language = Optional.ofNullable(feed.getLanguage())
        .map(l -> l.split("[-_]")[0].strip().toLowerCase(Locale.ROOT))
        .filter(l -> l.matches("[a-z]{2,3}")).orElse("en");
    int position = 0;
    for (SyndEntry entry : feed.getEntries()) {
      position++;
      String at = input + "#item-" + position;
      Optional<String> body = entry.getContents().stream()
          .map(SyndContent::getValue).map(FeedReader::text).flatMap(Optional::stream)
          .reduce((a, b) -> a + "\n\n" + b)
          .or(() -> Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue).flatMap(FeedReader::text));
      if (body.isEmpty()) {
        run.problem(at, "no text (the item has neither content nor description)");
        continue;
      }
      Optional<String> link = Optional.ofNullable(entry.getLink()).map(String::strip).filter(l -> !l.isEmpty());
      run.report(Report.of(body.get(), text(entry.getTitle()), link, outlet,
          PublishedDates.utc(entry.getPublishedDate()).or(() -> PublishedDates.utc(entry.getUpdatedDate())),
          language, at));
    }
    if (position == 0) {
      run.problem(input, "feed has no items");
    }
  }

  /** Feed text may be HTML (or escaped HTML, which Rome has already unescaped once): always read as HTML. */
  private static Optional<String> text(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String plain = value.indexOf('<') < 0 && value.indexOf('&') < 0
        ? value : HtmlText.of(Jsoup.parseBodyFragment(value).body());
    return Optional.of(TextNormaliser.normalise(plain)).filter(t -> !t.isEmpty());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
