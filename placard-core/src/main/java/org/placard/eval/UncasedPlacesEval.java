// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.placard.geo.Casing;
import org.placard.geo.GazetteerEntry;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Report;

/**
 * The geoparser on lower-case text: the {@code notes} of Mass Mobilization rows (coders' notes, all lower case),
 * as they are, without re-casing. Per row with notes:
 * <ul>
 *   <li>{@code uncased}: the share the geoparser takes for uncased text ({@link Casing#isMostlyUncased});
 *   <li>{@code any_place}: the share with at least one resolved place;
 *   <li>{@code country_hit}: the share where some resolved place lies in the row's country;
 *   <li>{@code foreign_share}: of all resolved places, the share outside the row's country (foreign places are
 *       often right, "talks with the united states", so this is an upper bound on wrong ones);
 *   <li>{@code location_hit}: over rows whose {@code location} names a place (not "national"), the share where a
 *       mention's text occurs in the location or the location in it.
 * </ul>
 * Prints one JSON object. {@code --half even|odd} keeps every other row, for held-out reporting.
 *
 * <pre>java org.placard.eval.UncasedPlacesEval [--half all|even|odd] mass-mobilization-dev.csv</pre>
 */
public final class UncasedPlacesEval {
  private UncasedPlacesEval() {}

  public static String run(Path csv, String half, PrintStream out) throws IOException {
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.loadDefault();
    GazetteerGeoparser geoparser = new GazetteerGeoparser(gazetteer);
    int rows = 0;
    int uncased = 0;
    int anyPlace = 0;
    int countryHit = 0;
    int places = 0;
    int foreign = 0;
    int locationRows = 0;
    int locationHit = 0;
    int index = 0;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        if (!r.isConsistent() || r.get("notes").isBlank()) {
          continue;
        }
        int i = index++;
        if (half.equals("even") && i % 2 != 0 || half.equals("odd") && i % 2 == 0) {
          continue;
        }
        String notes = r.get("notes");
        rows++;
        uncased += Casing.isMostlyUncased(notes) ? 1 : 0;
        List<ResolvedPlace> found = geoparser.places(Report.ofText(notes, "mm-" + i), p -> { });
        Set<String> codes = gazetteer.lookup(r.get("country")).stream().filter(GazetteerEntry::isCountry)
            .map(GazetteerEntry::countryCode).collect(Collectors.toSet());
        anyPlace += found.isEmpty() ? 0 : 1;
        countryHit += found.stream().anyMatch(p -> codes.contains(p.place().countryCode())) ? 1 : 0;
        places += found.size();
        foreign += (int) found.stream().filter(p -> !codes.contains(p.place().countryCode())).count();
        String location = r.get("location").toLowerCase(Locale.ROOT).strip();
        if (!location.isEmpty() && !location.startsWith("national")) {
          locationRows++;
          locationHit += found.stream().map(p -> p.mention().text().toLowerCase(Locale.ROOT))
              .anyMatch(m -> location.contains(m) || m.contains(location)) ? 1 : 0;
        }
      }
    }
    String json = String.format(Locale.ROOT, "{\"rows\": %d, \"uncased\": %.4f, \"any_place\": %.4f, "
        + "\"country_hit\": %.4f, \"foreign_share\": %.4f, \"location_hit\": %.4f}", rows, ratio(uncased, rows),
        ratio(anyPlace, rows), ratio(countryHit, rows), ratio(foreign, places), ratio(locationHit, locationRows));
    out.println(json);
    return json;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  public static void main(String[] args) throws IOException {
    String half = "all";
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--half") && i + 1 < args.length) {
        half = args[++i];
      } else {
        file = Path.of(args[i]);
      }
    }
    if (file == null || !List.of("all", "even", "odd").contains(half)) {
      System.err.println("usage: UncasedPlacesEval [--half all|even|odd] mass-mobilization-dev.csv");
      System.exit(2);
    }
    run(file, half, System.out);
  }
}
