// SPDX-License-Identifier: Apache-2.0
package org.placard.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Serves the web page's own files from the classpath folder {@code org/placard/server/web/} and Leaflet from its
 * WebJar, and nothing else: a path is a list of plain names ({@code [A-Za-z0-9_-]} with inner dots), so that no
 * {@code ..}, encoded separator or absolute path can reach another resource; only known file types are served.
 */
final class StaticAssets {
  static final String WEB = "org/placard/server/web/";
  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json",
      "geojson", "application/geo+json",
      "png", "image/png",
      "svg", "image/svg+xml",
      "txt", "text/plain; charset=utf-8");

  private final ClassLoader loader = StaticAssets.class.getClassLoader();
  private final String leafletRoot;

  StaticAssets() {
    leafletRoot = "META-INF/resources/webjars/leaflet/" + webjarVersion("leaflet") + "/dist/";
  }

  void index(Context ctx) throws IOException {
    send(ctx, WEB + "index.html", "index.html");
  }

  /** {@code /assets/<path>}: the page's own files. */
  void asset(Context ctx) throws IOException {
    String path = ctx.pathParam("path");
    send(ctx, safe(path) ? WEB + path : null, path);
  }

  /** {@code /vendor/leaflet/<path>}: Leaflet's distribution files. */
  void leaflet(Context ctx) throws IOException {
    String path = ctx.pathParam("path");
    send(ctx, safe(path) ? leafletRoot + path : null, path);
  }

  static boolean safe(String path) {
    return SAFE_PATH.matcher(path).matches();
  }

  private void send(Context ctx, String resource, String name) throws IOException {
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    InputStream in = resource == null || type == null ? null : loader.getResourceAsStream(resource);
    if (in == null) {
      throw new NotFoundException("no such file: " + name);
    }
    try (in) {
      ctx.contentType(type);
      ctx.header("Cache-Control", "no-cache");
      ctx.result(in.readAllBytes());
    }
  }

  private String webjarVersion(String artifact) {
    String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = loader.getResourceAsStream(props)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " WebJar is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + props, e);
    }
  }
}
