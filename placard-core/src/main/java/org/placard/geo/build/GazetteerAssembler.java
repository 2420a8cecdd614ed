// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.placard.geo.CompactGazetteerFormat;

/**
 * Collects places and writes the compact gazetteer. First- and second-order regions without a GeoNames row of their own
 * become places too: named from the region table, placed at the middle of the 5th-95th percentile box of their
 * towns (close to the region's centroid; a region spanning
 * the antimeridian uses its 5th-95th percentile box), with the towns' summed population.
 * Not thread-safe; used once per build.
 */
final class GazetteerAssembler {
  private static final String[] REGION_WORDS = {
    " Province", " Governorate", " Region", " Department", " Oblast", " District", " County", " Division",
    " State", " Prefecture", " Municipality", " Voivodeship", " Krai", " Ostan"};

  private final List<GeoNamesRow> places = new ArrayList<>();
  private final Map<String, GeoNamesRow> regions = new LinkedHashMap<>();

  void add(GeoNamesRow row) {
    if (row.featureCode().equals("ADM1")) {
      regions.put(row.countryCode() + "." + row.admin1Code(), row);
    } else if (row.featureCode().equals("ADM2")) {
      regions.put(row.countryCode() + "." + row.admin1Code() + "." + row.admin2Code(), row);
    } else if (row.featureClass().equals("P")) {
      places.add(row);
    }
  }

  List<GeoNamesRow> places() {
    return places;
  }

  /** Adds a region known only by name ("IR.08" -> "Gilan") unless the dump had its own row. */
  void addRegionName(String countryDotCode, String name) {
    regions.putIfAbsent(countryDotCode, null);
    regionNames.put(countryDotCode, name);
  }

  private final Map<String, String> regionNames = new HashMap<>();

  void write(Path out) throws IOException {
    Map<String, List<GeoNamesRow>> townsByRegion = new HashMap<>();
    for (GeoNamesRow p : places) {
      townsByRegion.computeIfAbsent(p.countryCode() + "." + p.admin1Code(), k -> new ArrayList<>()).add(p);
      if (!p.admin2Code().isEmpty()) {
        townsByRegion.computeIfAbsent(p.countryCode() + "." + p.admin1Code() + "." + p.admin2Code(),
            k -> new ArrayList<>()).add(p);
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16),
        StandardCharsets.UTF_8)) {
      w.write(CompactGazetteerFormat.VERSION + "\n");
      w.write("# Placard gazetteer: GeoNames data (CC BY 4.0, https://www.geonames.org/), see ATTRIBUTION.txt\n");
      for (Map.Entry<String, GeoNamesRow> e : regions.entrySet()) {
        GeoNamesRow region = e.getValue() != null ? e.getValue() : derived(e.getKey(), townsByRegion.get(e.getKey()));
        if (region != null) {
          List<String> alts = AlternateNames.merge(region.name(), region.asciiName(), region.alternates(),
              regionVariants(region.name()));
          writeRow(w, region.withAlternates(alts));
        }
      }
      for (GeoNamesRow p : places) {
        writeRow(w, p);
      }
    }
  }

  private GeoNamesRow derived(String key, List<GeoNamesRow> towns) {
    String name = regionNames.get(key);
    if (name == null || towns == null || towns.isEmpty()) {
      return null;
    }
    double[] lats = towns.stream().mapToDouble(GeoNamesRow::lat).sorted().toArray();
    double[] lons = towns.stream().mapToDouble(GeoNamesRow::lon).sorted().toArray();
    long pop = towns.stream().mapToLong(GeoNamesRow::population).sum();
    String[] code = key.split("\\.", 3);
    boolean second = code.length == 3;
    double lonTrim = lons[lons.length - 1] - lons[0] > 90 ? 0.05 : 0;
    return new GeoNamesRow(0, name, name, List.of(), mid(lats, 0), mid(lons, lonTrim), "A", second ? "ADM2" : "ADM1",
        code[0], code[1], second ? code[2] : "", pop);
  }

  /** The middle of the towns' extent: the whole extent, or the given inner share where it wraps the globe. */
  private static double mid(double[] sorted, double trim) {
    int n = sorted.length;
    return (sorted[(int) (trim * (n - 1))] + sorted[(int) Math.ceil((1 - trim) * (n - 1))]) / 2;
  }

  /** "Fars Province" is also "Fars"; "Fars" is also "Fars Province". */
  static List<String> regionVariants(String name) {
    for (String word : REGION_WORDS) {
      if (name.endsWith(word) && name.length() > word.length() + 2) {
        return List.of(name.substring(0, name.length() - word.length()));
      }
    }
    return List.of(name + " Province");
  }

  private static void writeRow(Writer w, GeoNamesRow r) throws IOException {
    CompactGazetteerFormat.write(w, r.geonameId(), r.name(), r.asciiName(), r.alternates(), r.lat(), r.lon(),
        r.featureClass(), r.featureCode(), r.countryCode(), r.admin1Code(), r.population());
  }

  static String[] split2(String s) {
    return Arrays.copyOf(s.split("\\.", 2), 2);
  }
}
