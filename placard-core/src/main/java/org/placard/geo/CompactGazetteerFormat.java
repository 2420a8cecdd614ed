// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Placard's compact gazetteer file: UTF-8 text, one place a line, twelve tab-separated columns
 * {@code geonameid name asciiname alternates lat lon featureClass featureCode country admin1 population keys},
 * where alternates are comma-separated, geonameid is 0 when the source has none, and keys are the distinct
 * {@link NameKey#loose loose keys} of all the names, precomputed so that loading needs no text folding (a file
 * must be rebuilt when {@link NameKey} changes; {@link #VERSION} says which folding wrote it). Lines starting with "#" are
 * comments. Written by {@code org.placard.geo.build}, read by {@link GeoNamesGazetteer}.
 */
public final class CompactGazetteerFormat {
  /** The first line of a file: names the format and the key folding. */
  public static final String VERSION = "#placard-gazetteer v1";

  private CompactGazetteerFormat() {}

  /** Writes one place. Tabs, commas and line breaks inside names must have been removed by the caller. */
  public static void write(Writer out, long id, String name, String ascii, List<String> alternates, double lat,
      double lon, String featureClass, String featureCode, String country, String admin1, long population)
      throws IOException {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    keys.add(NameKey.loose(name));
    keys.add(NameKey.loose(ascii));
    alternates.forEach(a -> keys.add(NameKey.loose(a)));
    keys.remove("");
    out.write(id + "\t" + name + "\t" + ascii + "\t" + String.join(",", alternates) + "\t"
        + (float) lat + "\t" + (float) lon + "\t" + featureClass + "\t" + featureCode + "\t" + country + "\t"
        + admin1 + "\t" + population + "\t" + String.join(",", keys) + "\n");
  }

  static Rows read(InputStream in) throws IOException {
    Rows rows = new Rows();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String[] f = new String[12];
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 && !line.equals(VERSION)) {
        throw new IOException("not a gazetteer of this Placard version (rebuild it): first line " + line);
      }
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      if (split(line, f) != 12) {
        throw new IOException("gazetteer line " + lineNo + ": expected 12 columns");
      }
      try {
        rows.append(Integer.parseInt(f[0]), f[1], f[2], f[3], Float.parseFloat(f[4]), Float.parseFloat(f[5]),
            f[6].intern(), f[7].intern(), f[8].intern(), f[9].intern(), Long.parseLong(f[10]));
        rows.keys[rows.size() - 1] = f[11];
      } catch (NumberFormatException e) {
        throw new IOException("gazetteer line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  private static int split(String line, String[] out) {
    int n = 0;
    int start = 0;
    for (int i = 0; i <= line.length() && n < out.length; i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        out[n++] = line.substring(start, i);
        start = i + 1;
      }
    }
    return n;
  }

  /** Places as parallel arrays: one object per place would cost several times the heap. */
  static final class Rows {
    int[] id = new int[1024];
    String[] name = new String[1024];
    String[] others = new String[1024];
    float[] lat = new float[1024];
    float[] lon = new float[1024];
    String[] featureClass = new String[1024];
    String[] featureCode = new String[1024];
    String[] countryCode = new String[1024];
    String[] admin1 = new String[1024];
    long[] population = new long[1024];
    /** The comma-separated loose keys of each place: kept only until the index is built. */
    String[] keys = new String[1024];
    private int size;

    int size() {
      return size;
    }

    int append(int geonameId, String nm, String ascii, String alternates, float la, float lo, String fc,
        String fcode, String cc, String a1, long pop) {
      if (size == id.length) {
        int n = size * 2;
        id = Arrays.copyOf(id, n);
        name = Arrays.copyOf(name, n);
        others = Arrays.copyOf(others, n);
        lat = Arrays.copyOf(lat, n);
        lon = Arrays.copyOf(lon, n);
        featureClass = Arrays.copyOf(featureClass, n);
        featureCode = Arrays.copyOf(featureCode, n);
        countryCode = Arrays.copyOf(countryCode, n);
        admin1 = Arrays.copyOf(admin1, n);
        population = Arrays.copyOf(population, n);
        keys = Arrays.copyOf(keys, n);
      }
      id[size] = geonameId;
      name[size] = nm;
      String rest = ascii.equals(nm) ? alternates : alternates.isEmpty() ? ascii : ascii + "," + alternates;
      others[size] = rest;
      lat[size] = la;
      lon[size] = lo;
      featureClass[size] = fc;
      featureCode[size] = fcode;
      countryCode[size] = cc;
      admin1[size] = a1;
      population[size] = pop;
      return size++;
    }

    List<String> names(int r) {
      List<String> out = new ArrayList<>();
      out.add(name[r]);
      if (!others[r].isEmpty()) {
        out.addAll(Arrays.asList(others[r].split(",")));
      }
      return out;
    }
  }
}
