// SPDX-License-Identifier: Apache-2.0
package org.placard.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.placard.model.Source;

/**
 * The outlets Placard knows, read from a tab-separated file users can edit: {@code name, kind, organisation,
 * aliases, edition} (aliases comma-separated; web domains allowed; edition {@code print} for a daily print
 * edition, see {@link Outlet#printDaily}). Immutable and thread-safe once built.
 *
 * <p>A report's outlet is looked up by its name, then by its URL's domain; no match is {@link OutletKind#UNKNOWN}.
 */
public final class SourceRegister {
  private static final String BUNDLED = "/org/placard/sources/outlets.tsv";
  private final List<Outlet> outlets;
  private final Map<String, Outlet> byKey = new HashMap<>();

  private SourceRegister(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    for (Outlet o : outlets) {
      byKey.putIfAbsent(key(o.name()), o);
      o.aliases().forEach(a -> byKey.putIfAbsent(key(a), o));
    }
  }

  /** The register shipped with Placard, read once. */
  public static SourceRegister bundled() {
    return Bundled.REGISTER;
  }

  /** Holds the bundled register, read on first use (immutable, so safe to share). */
  private static final class Bundled {
    static final SourceRegister REGISTER = load();
  }

  private static SourceRegister load() {
    try (InputStream in = SourceRegister.class.getResourceAsStream(BUNDLED)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("the bundled source register cannot be read", e);
    }
  }

  /** The bundled register with a user's file added; the user's entries win. */
  public static SourceRegister withUserFile(Path file) throws IOException {
    SourceRegister user;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      user = read(r);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    List<Outlet> all = new ArrayList<>(user.outlets);
    all.addAll(bundled().outlets);
    return new SourceRegister(all);
  }

  static SourceRegister read(Reader reader) throws IOException {
    List<Outlet> outlets = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException("line " + n + ": expected name<TAB>kind[<TAB>organisation<TAB>aliases<TAB>edition]");
      }
      Optional<String> org = f.length > 2 && !f[2].isBlank() ? Optional.of(f[2].strip()) : Optional.empty();
      List<String> aliases = f.length > 3 && !f[3].isBlank()
          ? Arrays.stream(f[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
      try {
        boolean printDaily = f.length > 4 && f[4].strip().equalsIgnoreCase("print");
        outlets.add(new Outlet(f[0].strip(), OutletKind.ofCode(f[1]), org, aliases, printDaily));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + n + ": unknown kind '" + f[1] + "'", e);
      }
    }
    return new SourceRegister(outlets);
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /** The register's entry for an outlet's name or alias, if it has one. */
  public Optional<Outlet> outletNamed(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /**
   * The outlet a free-text citation names ("... the guardian london final edition"): the longest name or alias
   * of six characters or more written in it as whole words (shorter ones such as "AP" or "X" are too often
   * ordinary words). Empty when it names none.
   */
  public Optional<Outlet> outletIn(String citation) {
    String text = " " + key(citation).replaceAll("[^\\p{L}\\p{N}.]+", " ") + " ";
    Outlet best = null;
    int bestLength = 0;
    for (Map.Entry<String, Outlet> e : byKey.entrySet()) {
      String k = e.getKey();
      if (k.length() >= 6 && k.length() > bestLength && text.contains(" " + k.replaceAll("[^\\p{L}\\p{N}.]+", " ") + " ")) {
        best = e.getValue();
        bestLength = k.length();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The register's entry for a report's source, or an unknown outlet. */
  public Outlet outletOf(Source source) {
    Optional<Outlet> byName = source.outlet().flatMap(this::outletNamed);
    if (byName.isPresent()) {
      return byName.get();
    }
    Optional<Outlet> byDomain = source.url().flatMap(SourceRegister::domain).flatMap(this::byDomain);
    return byDomain.orElseGet(() -> Outlet.unknown(source.outlet().orElse("(unknown outlet)")));
  }

  private Optional<Outlet> byDomain(String host) {
    for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      Outlet o = byKey.get(key(h));
      if (o != null) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  static Optional<String> domain(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
