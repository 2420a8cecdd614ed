// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An online tile layer that the operator chose to show under the map's bundled boundaries: a Leaflet URL template
 * such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} and the attribution its provider requires.
 *
 * <p>The page talks to no other host unless a server is started with one of these, and then only to its host,
 * which {@link #cspSource()} names for the Content-Security-Policy. So the template is held to a plain http(s)
 * URL whose host is a name, an IPv4 address or {@code {s}.name} (Leaflet's subdomains), with {@code {z}},
 * {@code {x}} and {@code {y}} in its path. Immutable.
 *
 * @param urlTemplate the tile URL template, with {@code {z}}, {@code {x}}, {@code {y}} and optionally {@code {s}},
 *                    {@code {r}}
 * @param attribution plain text shown on the map (the page shows it as text, never as HTML)
 */
public record MapTiles(String urlTemplate, String attribution) {
  private static final Pattern HOST = Pattern.compile("(\\{s}\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]}");

  /** OpenStreetMap's standard tiles, the example the documentation gives; mind its tile usage policy. */
  public static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  public MapTiles {
    Objects.requireNonNull(urlTemplate, "urlTemplate");
    Objects.requireNonNull(attribution, "attribution");
    String scheme = String.valueOf(parse(urlTemplate).getScheme()).toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("a tile URL must start with https:// or http://: " + urlTemplate);
    }
    String host = hostOf(urlTemplate);
    if (!HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("a tile URL needs a plain host name: " + urlTemplate);
    }
    for (String p : new String[] {"{z}", "{x}", "{y}"}) {
      if (!urlTemplate.contains(p)) {
        throw new IllegalArgumentException("a tile URL template needs " + p + ": " + urlTemplate);
      }
    }
    if (attribution.isBlank()) {
      throw new IllegalArgumentException("tiles need an attribution: their provider's licence requires it");
    }
  }

  /** The template's tiles with the attribution OpenStreetMap requires when its host is OpenStreetMap's. */
  public static MapTiles of(String urlTemplate) {
    String host = hostOf(Objects.requireNonNull(urlTemplate, "urlTemplate"));
    boolean osm = host.equals("openstreetmap.org") || host.endsWith(".openstreetmap.org");
    return new MapTiles(urlTemplate, osm ? "© OpenStreetMap contributors" : "Map tiles: " + host);
  }

  /** The origin to allow in {@code img-src}: scheme, host ({@code {s}} as {@code *}) and port. */
  public String cspSource() {
    URI uri = parse(urlTemplate);
    String host = hostOf(urlTemplate).replace("{s}", "*");
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  /** The template as a URI, placeholders replaced by a letter so that the parser accepts them. */
  private static URI parse(String template) {
    try {
      return new URI(PLACEHOLDER.matcher(template).replaceAll("a"));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL template: " + template, e);
    }
  }

  /** The host as written in the template, keeping {@code {s}}. */
  private static String hostOf(String template) {
    int start = template.indexOf("://");
    if (start < 0) {
      throw new IllegalArgumentException("a tile URL must start with https:// or http://: " + template);
    }
    String rest = template.substring(start + 3);
    int end = rest.length();
    for (char c : new char[] {'/', ':', '?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return rest.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
