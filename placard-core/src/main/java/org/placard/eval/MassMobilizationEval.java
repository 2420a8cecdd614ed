// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.placard.geo.GazetteerGeoparser;
import org.placard.model.Claim;
import org.placard.model.Event;
import org.placard.model.Figure;
import org.placard.model.Report;
import org.placard.pipeline.Pipeline;
import org.placard.sources.Outlet;
import org.placard.sources.SourceRegister;
import org.placard.text.Folding;

/**
 * Mass Mobilization rows (coder notes with gold date, place, size, violence, demands and state responses) scored
 * against the pipeline. Rows with protest = 0 are skipped; the citation gives the report's date and outlet. The
 * README's "How eval mm scores" states every rule, the lenient participants_acc_mm among them. Stateless.
 */
public final class MassMobilizationEval {
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  /** "june 26, 1997" or "june, 26, 1997" (groups month, day, year) or "26 june 1997" (groups day2, month2, year2). */
  private static final Pattern CITATION_DATE = Pattern.compile("\\b" + MONTHS
      + ",?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b|\\b(?<day2>\\d{1,2})\\s+(?<month2>" + MONTHS.substring(1)
      + "\\s+(?<year2>(?:19|20)\\d\\d)\\b");

  private MassMobilizationEval() {}

  /** One protest row: the fields this evaluation uses. */
  public record Row(long id, String country, Optional<LocalDate> start, String location, String bucket,
      boolean violent, String notes, Optional<LocalDate> reportDate, Optional<String> outlet,
      java.util.Set<String> demands, java.util.Set<String> responses) {}

  /** Reads protest rows; rows with unusable ids are skipped. */
  public static List<Row> read(Reader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
      if (!r.isConsistent() || !"1".equals(r.get("protest").trim())) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(r.get("id").trim());
      } catch (NumberFormatException e) {
        continue;
      }
      String bucket = r.get("participants_category").trim();
      if (bucket.isEmpty()) {
        bucket = bucket(r.get("participants")).orElse("");
      }
      rows.add(new Row(id, r.get("country"), date(r.get("startyear"), r.get("startmonth"), r.get("startday")),
          r.get("location").trim(), bucket, "1".equals(r.get("protesterviolence").trim()), r.get("notes"),
          citationDate(r.get("sources")), citationOutlet(r.get("sources")), labels(r, "protesterdemand", 4), labels(r, "stateresponse", 7)));
    }
    return rows;
  }

  private static java.util.Set<String> labels(CSVRecord r, String prefix, int count) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (int i = 1; i <= count; i++) {
      String v = r.isMapped(prefix + i) ? r.get(prefix + i).trim().toLowerCase(Locale.ROOT) : "";
      if (!v.isEmpty() && !v.equals(".")) {
        out.add(v);
      }
    }
    return out;
  }

  /** Macro F1 of multi-label predictions over the given categories (each category's F1, averaged). */
  static double macroF1(java.util.Set<String> categories, List<java.util.Set<String>> gold,
      List<java.util.Set<String>> predicted) {
    double sum = 0;
    for (String c : categories) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).contains(c);
        boolean p = predicted.get(i).contains(c);
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return categories.isEmpty() ? 0 : sum / categories.size();
  }

  static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y.trim()), Integer.parseInt(m.trim()),
          Integer.parseInt(d.trim())));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The first "month day, year" or "day month year" date in a newspaper citation. */
  static Optional<LocalDate> citationDate(String sources) {
    Matcher m = CITATION_DATE.matcher(sources.toLowerCase(Locale.ROOT));
    while (m.find()) {
      boolean dayFirst = m.group("day2") != null;
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(dayFirst ? m.group("year2") : m.group(3)),
            Month.valueOf((dayFirst ? m.group("month2") : m.group(1)).toUpperCase(Locale.ROOT)),
            Integer.parseInt(dayFirst ? m.group("day2") : m.group(2))));
      } catch (RuntimeException e) {
        // an impossible day such as "february 30": try the next date
      }
    }
    return Optional.empty();
  }

  /**
   * The outlet named just before the first date of a citation ("... divided. the new york times, december 10,
   * 2008" is "the new york times"), for the pipeline to look up in its source register.
   */
  static Optional<String> citationOutlet(String sources) {
    Matcher m = CITATION_DATE.matcher(sources.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    String[] parts = sources.substring(0, m.start()).split("[.;\\n]");
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].replaceAll("^[\\s\\d]+", "").replaceAll("[\\s,]+$", "").strip();
      if (!part.isEmpty() && !part.matches("(?i)\\d*\\s*words")) {
        return Optional.of(SourceRegister.bundled().outletIn(part).map(Outlet::name).orElse(part));
      }
    }
    return Optional.empty();
  }

  /**
   * The MM bucket of a size as written, for rows without MM's own category: a plain number; "hundreds"/"100s"
   * 100; "thousands"/"1000s" 2,000 and "tens of thousands"/"10000s" 10,001, as MM's coders themselves
   * categorise these words in the rows that carry a category (1000s is 2000-4999 there); "dozens" 50. A
   * leading "about"/"over" is ignored. Empty when no number is readable.
   */
  static Optional<String> bucket(String written) {
    String s = written.toLowerCase(Locale.ROOT).replace(",", "").strip();
    Long n = null;
    if (s.contains("tens of thousands") || s.contains("10000s")) {
      n = 10_001L;
    } else if (s.contains("thousands") || s.matches(".*\\b1000s\\b.*")) {
      n = 2000L;
    } else {
      Matcher m = Pattern.compile("(\\d+)").matcher(s);
      if (m.find()) {
        n = Long.parseLong(m.group(1));
      } else if (s.contains("thousand")) {
        n = 1000L;
      } else if (s.contains("hundred")) {
        n = 100L;
      } else if (s.contains("dozen")) {
        n = 50L;
      }
    }
    return n == null ? Optional.empty() : Optional.of(bucket(n));
  }

  static String bucket(long n) {
    if (n > 10_000) {
      return ">10000";
    } else if (n >= 5000) {
      return "5000-10000";
    } else if (n >= 2000) {
      return "2000-4999";
    } else if (n >= 1000) {
      return "1000-1999";
    } else if (n >= 100) {
      return "100-999";
    }
    return "50-99";
  }

  /** Scores the rows in the chosen half ("all", "even", "odd" ids), evenly sampled down to maxRows. */
  public static void run(Path file, String half, int maxRows, Pipeline pipeline, PrintStream out)
      throws IOException {
    run(file, half, maxRows, pipeline, false, out);
  }

  /**
   * As {@link #run(Path, String, int, Pipeline, PrintStream)}; with {@code errors}, first prints each row whose
   * date or place is missed: its notes, the gold and the predicted event.
   */
  public static void run(Path file, String half, int maxRows, Pipeline pipeline, boolean errors, PrintStream out)
      throws IOException {
    List<Row> rows;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = read(r);
    }
    rows.removeIf(r -> !Case2021Eval.inHalf(Long.toString(r.id()), half));
    List<Row> sample = new ArrayList<>();
    double step = Math.max(1.0, rows.size() / (double) Math.max(1, maxRows));
    for (double i = 0; i < rows.size() && sample.size() < maxRows; i += step) {
      sample.add(rows.get((int) i));
    }
    var demandCues = org.placard.extract.demands.CueClassifier.demands();
    var responseCues = org.placard.extract.demands.CueClassifier.responses();
    List<java.util.Set<String>> goldD = new ArrayList<>(), predD = new ArrayList<>();
    List<java.util.Set<String>> goldR = new ArrayList<>(), predR = new ArrayList<>();
    int n = 0, date = 0, place = 0, size = 0, sized = 0, unsized = 0, unsizedSmall = 0, violence = 0;
    for (Row row : sample) {
      // the row's country is the report's country focus, as a feed about one country would give it
      Optional<String> country = pipeline.geoparser() instanceof GazetteerGeoparser g
          ? g.countryCode(row.country()) : Optional.empty();
      Report report = Report.of(row.notes(), Optional.empty(), Optional.empty(), row.outlet(),
          row.reportDate(), "en", "mm:" + row.id()).withCountry(country);
      List<Event> events = pipeline.process(report).events().stream().filter(e -> !e.reference()).toList();
      Optional<Event> event = events.stream().findFirst();
      n++;
      goldD.add(row.demands());
      predD.add(demandCues.classify(row.notes()));
      goldR.add(row.responses());
      predR.add(responseCues.classify(row.notes()));
      boolean dated = event.isPresent() && row.start().isPresent()
          && event.get().date().start().equals(row.start().get());
      boolean placed = placeMatches(row, event);
      date += dated ? 1 : 0;
      place += placed ? 1 : 0;
      // MM notes tell one protest, which the pipeline may split into several events: the largest crowd of any.
      Optional<Long> largest = events.stream().flatMap(e -> e.claims().stream())
          .filter(c -> c.figure() == Figure.CROWD_SIZE).map(Claim::value).flatMap(Optional::stream)
          .max(Long::compare);
      boolean sizedRight = largest.isPresent() && bucket(largest.get()).equals(row.bucket());
      if (!row.bucket().isEmpty()) {
        sized++;
        size += sizedRight ? 1 : 0;
        unsized += largest.isEmpty() ? 1 : 0;
        unsizedSmall += largest.isEmpty() && row.bucket().equals("50-99") ? 1 : 0;
      }
      if (errors && !(dated && placed && (sizedRight || row.bucket().isEmpty()))) {
        printError(row, event, dated, placed, sizedRight || row.bucket().isEmpty(), largest, out);
      }
      boolean predictedViolent = event.isPresent()
          && List.of("Violent demonstration", "Mob violence").contains(event.get().type().subEventType());
      violence += predictedViolent == row.violent() ? 1 : 0;
    }
    double d = Math.max(1, n);
    out.printf(Locale.ROOT, "rows %d  date %d  location %d  participants %d/%d (no crowd figure: %d, of which gold"
        + " 50-99: %d)  violence %d%n", n, date, place, size, sized, unsized, unsizedSmall, violence);
    out.printf(Locale.ROOT, "participants_acc counts only a crowd figure in the right bucket; participants_acc_mm also"
        + " counts \"no crowd figure\" as MM's lowest bucket 50-99 (MM codes protests of 50+ people and writes"
        + " \"50+\" when no size is reported)%n");
    out.printf(Locale.ROOT, "{\"n\": %d, \"date_acc\": %.4f, \"location_acc\": %.4f, \"participants_acc\": %.4f,"
        + " \"participants_acc_mm\": %.4f, \"violence_acc\": %.4f, \"demand_macro_f1\": %.4f,"
        + " \"response_macro_f1\": %.4f}%n",
        n, date / d, place / d, size / (double) Math.max(1, sized),
        (size + unsizedSmall) / (double) Math.max(1, sized), violence / d,
        macroF1(demandCues.categories(), goldD, predD), macroF1(responseCues.categories(), goldR, predR));
  }

  private static void printError(Row row, Optional<Event> event, boolean dated, boolean placed, boolean sizedRight,
      Optional<Long> size, PrintStream out) {
    out.printf(Locale.ROOT, "--- mm:%d %s%s%s%s%n  notes: %s%n  gold:  %s | %s | %s (report %s, %s)%n", row.id(),
        event.isEmpty() ? "NO-EVENT" : "", dated ? "" : " DATE", placed ? "" : " PLACE", sizedRight ? "" : " SIZE",
        row.notes().strip(), row.start().map(Object::toString).orElse("?"), row.location(), row.bucket(),
        row.reportDate().map(Object::toString).orElse("?"), row.outlet().orElse("?"));
    event.ifPresent(e -> out.printf(Locale.ROOT, "  pred:  %s %s | %s / %s | %s (%s)%n", e.date().start(),
        e.date().precision(), e.place().map(p -> p.nameAsWritten()).orElse("-"),
        e.place().map(p -> p.name() + ", " + p.admin1().orElse("") + ", " + p.country()).orElse("-"),
        size.map(MassMobilizationEval::bucket).orElse("no figure"), e.type().subEventType()));
  }

  /**
   * Whether the event's place is the gold location: its name (GeoNames or as written) or its region inside the
   * gold text, compared as {@link #matchKey} keys ("Gonaives" is "Gonaïves", "Port au Prince" is
   * "Port-au-Prince"); gold "national" takes no place or a country-level one.
   */
  static boolean placeMatches(Row row, Optional<Event> event) {
    String gold = matchKey(row.location());
    if (gold.isEmpty()) {
      return false;
    }
    if (event.isEmpty() || event.get().place().isEmpty()) {
      return gold.equals("national");
    }
    var p = event.get().place().get();
    List<String> names = new ArrayList<>(List.of(matchKey(p.name()), matchKey(p.nameAsWritten())));
    p.admin1().ifPresent(a -> names.add(matchKey(a)));
    if (gold.equals("national")) {
      return p.admin1().isEmpty() || p.name().equals(p.country());
    }
    String padded = " " + gold + " ";
    return names.stream().anyMatch(nm -> !nm.isEmpty() && padded.contains(" " + nm + " "));
  }

  /** A name for comparison: lower case, without diacritics, every run of non-letters one space. */
  static String matchKey(String name) {
    String bare = java.text.Normalizer.normalize(Folding.forMatching(name), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
