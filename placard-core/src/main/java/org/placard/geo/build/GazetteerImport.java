// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.model.Problem;

/**
 * Imports a bigger GeoNames dump ({@code allCountries.zip}, {@code cities1000.txt} ...; optionally with
 * {@code alternateNamesV2.txt}) into a user-local gazetteer that {@link GeoNamesGazetteer#loadDefault()} then
 * prefers to the bundled one. Populated places and first- and second-order regions are kept; a dump without
 * region rows (the cities files) gets the bundled gazetteer's regions. Bad lines become {@link Problem}s.
 * Holds the kept places in memory: allCountries needs a few GB of heap ({@code -Xmx4g}).
 *
 * <pre>
 * placard gazetteer import FILE [--alternate-names alternateNamesV2.txt] [--out FILE]
 * </pre>
 * The default output is {@link GeoNamesGazetteer#userLocalFile()}.
 */
public final class GazetteerImport {
  /** Alternate-name "languages" that are codes or links, not names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr", "fr_1793", "tcid", "wkgl");

  private GazetteerImport() {}

  /** The summary of an import. */
  public record Summary(int places, int regions, int problems, Path out) {}

  public static Summary run(Path dump, Path alternateNames, Path out, Consumer<Problem> problems) throws IOException {
    GazetteerAssembler assembler = new GazetteerAssembler();
    List<GeoNamesRow> regions = new ArrayList<>();
    int[] count = {0};
    Consumer<Problem> counting = p -> {
      count[0]++;
      problems.accept(p);
    };
    GeoNamesDumpReader.read(dump, row -> {
      if (row.featureCode().equals("ADM1") || row.featureCode().equals("ADM2")) {
        regions.add(row);
      } else if (row.featureClass().equals("P")) {
        assembler.add(row);
      }
    }, counting);
    if (regions.isEmpty()) {
      regions.addAll(bundledRegions());
    }
    regions.forEach(assembler::add);
    if (alternateNames != null) {
      Map<Long, List<String>> alts = readAlternateNames(alternateNames);
      List<GeoNamesRow> places = assembler.places();
      places.replaceAll(p -> alts.containsKey(p.geonameId()) ? p.withAlternates(alts.get(p.geonameId())) : p);
    }
    assembler.write(out);
    return new Summary(assembler.places().size(), regions.size(), count[0], out);
  }

  /** alternateNamesV2.txt: id, geonameid, language, name, ...; only names, not codes or links. */
  private static Map<Long, List<String>> readAlternateNames(Path file) throws IOException {
    Map<Long, List<String>> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", 5);
        if (f.length < 4 || NOT_NAMES.contains(f[2]) || !AlternateNames.isUseful(f[3])) {
          continue;
        }
        try {
          out.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>(2)).add(f[3]);
        } catch (NumberFormatException e) {
          // a malformed line names no place: nothing to add
        }
      }
    }
    return out;
  }

  /** The regions of the bundled gazetteer, for dumps that have none of their own. */
  private static List<GeoNamesRow> bundledRegions() throws IOException {
    List<GeoNamesRow> out = new ArrayList<>();
    try (InputStream raw = GeoNamesGazetteer.class.getResourceAsStream(GeoNamesGazetteer.BUNDLED)) {
      if (raw == null) {
        throw new IOException("missing the bundled gazetteer");
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length >= 11 && (f[7].equals("ADM1") || f[7].equals("ADM2"))) {
          List<String> alts = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
          out.add(new GeoNamesRow(Long.parseLong(f[0]), f[1], f[2], alts, Double.parseDouble(f[4]),
              Double.parseDouble(f[5]), f[6], f[7], f[8], f[9], "b" + out.size(), Long.parseLong(f[10])));
        }
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path dump = null;
    Path alternates = null;
    Path out = GeoNamesGazetteer.userLocalFile();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--alternate-names" -> alternates = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> dump = Path.of(args[i]);
      }
    }
    if (dump == null) {
      System.err.println("usage: GazetteerImport FILE [--alternate-names FILE] [--out FILE]");
      System.exit(2);
    }
    Summary s = run(dump, alternates, out, p -> System.err.println("problem: " + p.input() + ": " + p.message()));
    System.out.println("imported " + s.places() + " places and " + s.regions() + " regions, " + s.problems()
        + " problems -> " + s.out());
  }
}
