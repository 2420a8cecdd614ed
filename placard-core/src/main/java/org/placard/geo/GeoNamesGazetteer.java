// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.placard.model.Coordinates;

/**
 * A {@link Gazetteer} over GeoNames data in Placard's compact format (see {@link CompactGazetteerFormat}),
 * plus the curated {@code countries.tsv} (countries, their alternate names and demonyms), {@code regions.tsv}
 * (continents, oceans and world regions, without a country) and {@code aliases.tsv} (historic and political
 * names, newspaper abbreviations of US states) beside this class.
 *
 * <p>Places are held in parallel arrays and one map from {@link NameKey#loose loose key} to row numbers, so
 * that the bundled gazetteer (about 200,000 places) loads in about a second in a few hundred MB of heap.
 * Immutable once loaded; thread-safe.
 */
public final class GeoNamesGazetteer implements Gazetteer {
  /** The bundled gazetteer, a classpath resource beside this class. */
  public static final String BUNDLED = "gazetteer.tsv.gz";
  /** How far a country's point may lie from either of its usual points (see {@link #countryPoint}). */
  static final double COUNTRY_POINT_TOLERANCE_KM = 160;
  /** How far a region's derived point may move to its boundary centroid (see {@link #placeRegions}). */
  static final double REGION_POINT_MAX_MOVE_KM = 500;

  private final CompactGazetteerFormat.Rows rows;
  private final Map<String, int[]> index;
  private final Map<String, Integer> countryRows;
  private final Map<String, Integer> demonyms;
  private final Map<String, String> admin1Names;
  private final Map<String, Integer> capitals = new HashMap<>();
  private final Map<Integer, List<String>> aliasNames = new HashMap<>();

  private GeoNamesGazetteer(CompactGazetteerFormat.Rows rows) throws IOException {
    this.rows = rows;
    this.admin1Names = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      if ("ADM1".equals(rows.featureCode[r])) {
        admin1Names.put(rows.countryCode[r] + "." + rows.admin1[r], rows.name[r]);
      } else if ("PPLC".equals(rows.featureCode[r])) {
        capitals.merge(rows.countryCode[r], r, (a, b) -> rows.population[a] >= rows.population[b] ? a : b);
      }
    }
    placeRegions();
    this.countryRows = new HashMap<>();
    this.demonyms = new HashMap<>();
    readCountries();
    readRegions();
    this.index = new HashMap<>(rows.size() * 3);
    for (int r = 0; r < rows.size(); r++) {
      if (rows.keys[r] == null || rows.keys[r].isEmpty()) {
        for (String name : rows.names(r)) {
          add(NameKey.loose(name), r);
        }
      } else {
        for (String key : rows.keys[r].split(",")) {
          add(key, r);
        }
      }
    }
    rows.keys = null;
    readAliases();
  }

  /** The gazetteer bundled with Placard. */
  public static GeoNamesGazetteer bundled() {
    try (InputStream in = resource(BUNDLED)) {
      return new GeoNamesGazetteer(CompactGazetteerFormat.read(new GZIPInputStream(in, 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer " + BUNDLED, e);
    }
  }

  /**
   * The user's own gazetteer if one was imported ({@link #userLocalFile()}), else the bundled one.
   *
   * @throws IOException if the user's file exists but cannot be read
   */
  public static GeoNamesGazetteer loadDefault() throws IOException {
    Path local = userLocalFile();
    return Files.isRegularFile(local) ? load(local) : bundled();
  }

  /**
   * Where {@code placard gazetteer import} writes and {@link #loadDefault()} looks:
   * {@code $PLACARD_HOME/gazetteer.tsv.gz}, else {@code ~/.placard/gazetteer.tsv.gz}.
   */
  public static Path userLocalFile() {
    String home = System.getenv("PLACARD_HOME");
    Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".placard");
    return dir.resolve(BUNDLED);
  }

  /** A gazetteer from a compact file, gzipped if its name ends in ".gz". */
  public static GeoNamesGazetteer load(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new GeoNamesGazetteer(CompactGazetteerFormat.read(in));
    }
  }

  @Override
  public List<GazetteerEntry> lookup(String name) {
    int[] found = index.get(NameKey.loose(name));
    if (found == null) {
      return List.of();
    }
    List<GazetteerEntry> out = new ArrayList<>(found.length);
    for (int r : found) {
      out.add(entry(r));
    }
    return out;
  }

  @Override
  public boolean knows(String name) {
    return index.containsKey(NameKey.loose(name));
  }

  @Override
  public Optional<GazetteerEntry> country(String countryCode) {
    return Optional.ofNullable(countryRows.get(countryCode)).map(this::entry);
  }

  @Override
  public Optional<GazetteerEntry> capital(String countryCode) {
    return Optional.ofNullable(capitals.get(countryCode)).map(this::entry);
  }

  @Override
  public Optional<GazetteerEntry> countryOfDemonym(String word) {
    return Optional.ofNullable(demonyms.get(NameKey.exact(word))).map(this::entry);
  }

  @Override
  public int size() {
    return rows.size();
  }

  /**
   * The town nearest to a point: a brute-force reverse lookup for tools and evaluation (tens of milliseconds a
   * call), not for per-report use.
   */
  public Optional<GazetteerEntry> nearestTown(Coordinates point) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    double cosLat = Math.cos(Math.toRadians(point.lat()));
    for (int r = 0; r < rows.size(); r++) {
      if (!"P".equals(rows.featureClass[r])) {
        continue;
      }
      double dLat = rows.lat[r] - point.lat();
      double dLon = Math.abs(rows.lon[r] - point.lon());
      dLon = Math.min(dLon, 360 - dLon) * cosLat;
      double d = dLat * dLat + dLon * dLon;
      if (d < bestD) {
        bestD = d;
        best = r;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(entry(best));
  }

  /** The English name of a country, or its code if the country is unknown. */
  public String countryName(String countryCode) {
    Integer r = countryRows.get(countryCode);
    return r == null ? countryCode : rows.name[r];
  }

  private GazetteerEntry entry(int r) {
    String cc = rows.countryCode[r];
    String a1 = rows.admin1[r];
    Optional<String> admin1 = a1.isEmpty() ? Optional.empty() : Optional.of(a1);
    List<String> names = rows.names(r);
    names.addAll(aliasNames.getOrDefault(r, List.of()));
    return new GazetteerEntry(
        rows.id[r] > 0 ? Optional.of((long) rows.id[r]) : Optional.empty(), rows.name[r], names,
        new Coordinates(fiveDecimals(rows.lat[r]), fiveDecimals(rows.lon[r])), rows.featureClass[r], rows.featureCode[r], cc, admin1,
        admin1.map(code -> admin1Names.get(cc + "." + code)), rows.population[r]);
  }

  /**
   * GeoNames gives five decimals (about a metre); the compact table keeps floats to save memory, so the
   * printed value is restored to GeoNames' own rather than showing float noise (37.552738189697266).
   */
  static double fiveDecimals(float v) {
    return Math.round(v * 100_000d) / 100_000d;
  }

  private void add(String key, int row) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = index.get(key);
    if (old == null) {
      index.put(key, new int[] {row});
    } else if (old[old.length - 1] != row) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = row;
      index.put(key, grown);
    }
  }

  /**
   * countries.tsv: iso2, geonameid, name, lat, lon, alternate names (|), demonyms (|); each placed at its
   * {@link #countryPoint} with country-centroids.tsv (iso2, lat, lon).
   */
  private void readCountries() throws IOException {
    Map<String, Coordinates> centroids = new HashMap<>();
    for (String[] f : curated("country-centroids.tsv", 3)) {
      centroids.put(f[0], new Coordinates(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
    }
    for (String[] f : curated("countries.tsv", 7)) {
      Coordinates point = countryPoint(new Coordinates(Double.parseDouble(f[3]), Double.parseDouble(f[4])),
          Optional.ofNullable(centroids.get(f[0])));
      int r = rows.append(Integer.parseInt(f[1]), f[2], f[2], f[5].replace('|', ','), (float) point.lat(),
          (float) point.lon(), "A", "PCLI", f[0], "", 0);
      countryRows.put(f[0], r);
      for (String d : f[6].split("\\|")) {
        if (!d.isBlank()) {
          demonyms.put(NameKey.exact(d), r);
        }
      }
    }
  }

  /**
   * Where a country is placed: a country has no one point, and sources differ (GeoNames puts China at 35N 105E,
   * others at its land centroid or a rounded point near it). Halfway between the GeoNames point and the land
   * centroid keeps both within {@value #COUNTRY_POINT_TOLERANCE_KM} km when they lie at most twice that apart;
   * otherwise (a centroid in the sea, a capital chosen as the point) the GeoNames point stands.
   */
  static Coordinates countryPoint(Coordinates geonames, Optional<Coordinates> centroid) {
    if (centroid.isEmpty() || geonames.distanceKm(centroid.get()) > 2 * COUNTRY_POINT_TOLERANCE_KM) {
      return geonames;
    }
    Coordinates c = centroid.get();
    return new Coordinates((geonames.lat() + c.lat()) / 2, (geonames.lon() + c.lon()) / 2);
  }

  /**
   * Moves each first-order region that has no GeoNames point of its own (the compact format derives it from the
   * extent of its towns, which sparse or lopsided towns pull off centre: Ontario's lie in its south) to the
   * centroid of its Natural Earth polygon (admin1-centroids.tsv: iso2, name, lat, lon), matched by country and
   * name, where that lies within {@value #REGION_POINT_MAX_MOVE_KM} km of the derived point or of the region's
   * most populous town: a farther centroid is taken for a namesake, not the same region. The town counts too
   * because one stray town coded to the region drags its extent, and so the derived point, far off (Hebei's
   * lay in Gansu).
   */
  private void placeRegions() throws IOException {
    Map<String, Coordinates> centroids = new HashMap<>();
    for (String[] f : curated("admin1-centroids.tsv", 4)) {
      centroids.putIfAbsent(f[0] + "." + NameKey.loose(f[1]),
          new Coordinates(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
    Map<String, Integer> biggestTown = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      if ("P".equals(rows.featureClass[r]) && rows.population[r] > 0) {
        biggestTown.merge(rows.countryCode[r] + "." + rows.admin1[r], r,
            (a, b) -> rows.population[a] >= rows.population[b] ? a : b);
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      if (!"ADM1".equals(rows.featureCode[r]) || rows.id[r] > 0) {
        continue;
      }
      Coordinates own = new Coordinates(rows.lat[r], rows.lon[r]);
      for (String name : rows.names(r)) {
        Coordinates c = centroids.get(rows.countryCode[r] + "." + NameKey.loose(name));
        if (c != null) {
          Integer town = biggestTown.get(rows.countryCode[r] + "." + rows.admin1[r]);
          Coordinates moved = town == null ? regionPoint(own, c)
              : regionPoint(own, new Coordinates(rows.lat[town], rows.lon[town]), c);
          rows.lat[r] = (float) moved.lat();
          rows.lon[r] = (float) moved.lon();
          break;
        }
      }
    }
  }

  static Coordinates regionPoint(Coordinates derived, Coordinates centroid) {
    return derived.distanceKm(centroid) <= REGION_POINT_MAX_MOVE_KM ? centroid : derived;
  }

  static Coordinates regionPoint(Coordinates derived, Coordinates biggestTown, Coordinates centroid) {
    return biggestTown.distanceKm(centroid) <= REGION_POINT_MAX_MOVE_KM ? centroid : regionPoint(derived, centroid);
  }

  /** regions.tsv: name, feature code, country (may be empty), lat, lon, alternate names (|), demonyms (|). */
  private void readRegions() throws IOException {
    for (String[] f : curated("regions.tsv", 7)) {
      String featureClass = switch (f[1]) {
        case "OCN", "SEA" -> "H";
        case "ISL" -> "T";
        default -> "L";
      };
      int r = rows.append(0, f[0], f[0], f[5].replace('|', ','), Float.parseFloat(f[3]), Float.parseFloat(f[4]),
          featureClass, f[1], f[2], "", 0);
      for (String d : f[6].split("\\|")) {
        if (!d.isBlank()) {
          demonyms.put(NameKey.exact(d), r);
        }
      }
    }
  }

  /**
   * aliases.tsv: alias, the current name, ISO2 country. The alias points at the most populous match (a town
   * before a region unless the alias is an abbreviation); aliases of places this gazetteer lacks are skipped.
   */
  private void readAliases() throws IOException {
    for (String[] f : curated("aliases.tsv", 3)) {
      // an abbreviation ("Wash.", "BC") names a region; any other alias ("White House", "Bombay") a town first
      boolean abbreviation = f[0].endsWith(".") || f[0].equals(f[0].toUpperCase(java.util.Locale.ROOT));
      int best = -1;
      for (int r : index.getOrDefault(NameKey.loose(f[1]), new int[0])) {
        if (rows.countryCode[r].equals(f[2]) && (best < 0 || rank(r, abbreviation) > rank(best, abbreviation))) {
          best = r;
        }
      }
      if (best < 0) {
        continue; // a smaller gazetteer (a test's, a user's) need not hold every aliased place
      }
      add(NameKey.loose(f[0]), best);
      aliasNames.computeIfAbsent(best, k -> new ArrayList<>()).add(f[0]);
    }
  }

  private double rank(int row, boolean anyKind) {
    return rows.population[row] + (anyKind || "P".equals(rows.featureClass[row]) ? 1e12 : 0);
  }

  private static List<String[]> curated(String name, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IOException(name + ": expected " + columns + " columns: " + line);
        }
        out.add(f);
      }
    }
    return out;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = GeoNamesGazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource org/placard/geo/" + name);
    }
    return in;
  }
}
