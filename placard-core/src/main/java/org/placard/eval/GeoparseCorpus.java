// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.placard.model.Coordinates;
import org.placard.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the geoparsing gold corpora: GeoWebNews ({@code <toponym>} with {@code <extractedName>},
 * {@code <latitude>}), GeoVirus ({@code <location>} with {@code <name>}, {@code <lat>}; its offsets are one too
 * high) and the gaztag format ({@code <toponym>} with {@code <phrase>} and an optional {@code <gaztag>} holding
 * {@code <lat>}/{@code <lon>}). Offsets in these corpora drift, so each toponym is aligned to the occurrence of
 * its phrase nearest to the stated offset, within {@value #ALIGN_WINDOW} characters. GeoWebNews entries typed
 * "Non_Toponym", "Literal_Expression" or "Non_Lit_Expression" are not toponyms and are left out: the last two
 * are the annotators' context clues ("the country", "government", "incident"), never with coordinates.
 */
public final class GeoparseCorpus {
  static final int ALIGN_WINDOW = 60;
  private static final java.util.Set<String> NOT_TOPONYMS =
      java.util.Set.of("Non_Toponym", "Literal_Expression", "Non_Lit_Expression");

  /** The corpus formats. */
  public enum Format { GWN, GEOVIRUS, GAZTAG }

  private GeoparseCorpus() {}

  public static List<GoldArticle> read(Path file, Format format) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      NodeList articles = f.newDocumentBuilder().parse(in).getElementsByTagName("article");
      List<GoldArticle> out = new ArrayList<>();
      for (int i = 0; i < articles.getLength(); i++) {
        out.add(article((Element) articles.item(i), file.getFileName() + "#" + i, format));
      }
      return out;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a readable " + format + " corpus: " + e.getMessage(), e);
    }
  }

  private static GoldArticle article(Element article, String id, Format format) {
    String text = child(article, "text").orElse("");
    String tag = format == Format.GEOVIRUS ? "location" : "toponym";
    NodeList items = article.getElementsByTagName(tag);
    List<GoldToponym> toponyms = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element t = (Element) items.item(i);
      if (format == Format.GWN && NOT_TOPONYMS.contains(child(t, "type").orElse(""))) {
        continue;
      }
      String phrase = child(t, switch (format) {
        case GWN -> "extractedName";
        case GEOVIRUS -> "name";
        case GAZTAG -> "phrase";
      }).orElse("");
      Optional<Integer> start = child(t, "start").flatMap(GeoparseCorpus::integer);
      if (phrase.isBlank() || start.isEmpty()) {
        continue;
      }
      int stated = start.get() - (format == Format.GEOVIRUS ? 1 : 0);
      Optional<Coordinates> point = switch (format) {
        case GWN -> point(child(t, "latitude"), child(t, "longitude"));
        case GEOVIRUS -> point(child(t, "lat"), child(t, "lon"));
        case GAZTAG -> t.getElementsByTagName("gaztag").getLength() == 0 ? Optional.empty()
            : point(child((Element) t.getElementsByTagName("gaztag").item(0), "lat"),
                child((Element) t.getElementsByTagName("gaztag").item(0), "lon"));
      };
      align(text, phrase, stated).ifPresent(s -> toponyms.add(new GoldToponym(s, s.of(text), point)));
    }
    return new GoldArticle(id, text, toponyms);
  }

  /** The occurrence of {@code phrase} nearest to {@code stated}, within the window; else the stated span. */
  static Optional<Span> align(String text, String phrase, int stated) {
    int best = -1;
    for (int at = text.indexOf(phrase, Math.max(0, stated - ALIGN_WINDOW)); at >= 0 && at <= stated + ALIGN_WINDOW;
        at = text.indexOf(phrase, at + 1)) {
      if (best < 0 || Math.abs(at - stated) < Math.abs(best - stated)) {
        best = at;
      }
    }
    if (best >= 0) {
      return Optional.of(new Span(best, best + phrase.length()));
    }
    if (stated >= 0 && stated + phrase.length() <= text.length()) {
      return Optional.of(new Span(stated, stated + phrase.length()));
    }
    return Optional.empty();
  }

  private static Optional<Coordinates> point(Optional<String> lat, Optional<String> lon) {
    try {
      if (lat.isPresent() && lon.isPresent()) {
        return Optional.of(new Coordinates(Double.parseDouble(lat.get()), Double.parseDouble(lon.get())));
      }
    } catch (IllegalArgumentException e) {
      // an unreadable or out-of-range gold point counts for recognition only
    }
    return Optional.empty();
  }

  private static Optional<Integer> integer(String s) {
    try {
      return Optional.of(Integer.parseInt(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> child(Element parent, String name) {
    NodeList list = parent.getElementsByTagName(name);
    if (list.getLength() == 0) {
      return Optional.empty();
    }
    String value = list.item(0).getTextContent();
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip().isEmpty() ? "" : value);
  }
}
