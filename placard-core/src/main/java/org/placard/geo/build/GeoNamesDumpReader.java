// SPDX-License-Identifier: Apache-2.0
package org.placard.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.placard.model.Problem;

/**
 * Streams a GeoNames dump in its documented 19-column tab-separated format ({@code allCountries.txt},
 * {@code cities500.txt}, {@code cities1000.txt}, or a {@code .zip} holding one). A line that is malformed or
 * whose coordinates are out of range is reported as a {@link Problem} (stage "geo", input "FILE:LINE") and
 * skipped: bad lines never stop an import.
 */
public final class GeoNamesDumpReader {
  private GeoNamesDumpReader() {}

  public static void read(Path file, Consumer<GeoNamesRow> rows, Consumer<Problem> problems) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      if (file.toString().endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().endsWith(".txt") && !e.getName().toLowerCase().contains("readme")) {
            read(zip, file + "!" + e.getName(), rows, problems);
            return;
          }
        }
        throw new IOException(file + ": no .txt entry in the zip");
      }
      read(raw, file.toString(), rows, problems);
    }
  }

  static void read(InputStream in, String input, Consumer<GeoNamesRow> rows, Consumer<Problem> problems)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = input + ":" + lineNo;
      if (f.length < 15) {
        problems.accept(Problem.ofInput(where, "geo", "expected 19 tab-separated columns, found " + f.length));
        continue;
      }
      try {
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
          problems.accept(Problem.ofInput(where, "geo", "coordinates out of range: " + f[4] + "," + f[5]));
          continue;
        }
        List<String> alts = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
        long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String name = clean(f[1]);
        String ascii = f[2].isEmpty() ? name : clean(f[2]);
        rows.accept(new GeoNamesRow(Long.parseLong(f[0]), name, ascii, AlternateNames.useful(name, ascii, alts),
            lat, lon, f[6], f[7], f[8], f[10], f[11], Math.max(0, pop)));
      } catch (NumberFormatException e) {
        problems.accept(Problem.ofInput(where, "geo", "unreadable number: " + e.getMessage()));
      }
    }
  }

  static String clean(String name) {
    return name.replace(',', ' ').replace('\t', ' ').strip();
  }
}
