// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.placard.bench.Baseline;
import org.placard.eval.GeoparseCorpus.Format;
import org.placard.extract.RuleEventExtractor;
import org.placard.geo.GazetteerEntry;
import org.placard.geo.GazetteerGeoparser;
import org.placard.geo.GeoNamesGazetteer;
import org.placard.geo.Geoparser;
import org.placard.geo.PlaceMention;
import org.placard.geo.ResolvedPlace;
import org.placard.model.Coordinates;
import org.placard.model.Report;

/**
 * Geoparsing accuracy on a gold corpus ({@link GeoparseCorpus}).
 * <ul>
 *   <li>Resolution, over the gold toponyms with coordinates ({@code n}): the gold spans are given to
 *       {@code resolve} (one call per article, so the article is the context); {@code acc161} is the share
 *       resolved within 161 km, {@code country_acc} the share resolved into the country of the gold point (the
 *       country of the gazetteer town nearest to it) or within 161 km of it (continents, seas, border towns),
 *       {@code median_km}/{@code mean_km} the error, an unresolved
 *       toponym counting as {@value #UNRESOLVED_KM} km.
 *   <li>Recognition, over all gold toponyms: {@code ner_precision}, {@code ner_recall}, {@code ner_f1} by span
 *       overlap.
 *   <li>End to end: {@code e2e_acc161}, the share of gold toponyms with coordinates that {@code places} both
 *       found (an overlapping mention) and placed within 161 km.
 * </ul>
 * Prints a table, then as its last line one JSON object with exactly those keys.
 *
 * <pre>
 * java org.placard.eval.GeoparseEval --format gwn|geovirus|gaztag [--articles all|even|odd] [--errors N]
 *     [--baseline corenlp] FILE
 * </pre>
 * {@code --errors N} also prints the errors by category with the N most frequent phrases of each.
 * {@code --articles even|odd} evaluates one half of the articles, for held-out reporting.
 */
public final class GeoparseEval {
  static final double UNRESOLVED_KM = 20_000;

  /** The metrics of one run. */
  public record Result(int n, double acc161, double countryAcc, double medianKm, double meanKm,
      double nerPrecision, double nerRecall, double nerF1, double e2eAcc161) {

    public String json() {
      return String.format(Locale.ROOT, "{\"n\": %d, \"acc161\": %.4f, \"country_acc\": %.4f, \"median_km\": %.1f, "
          + "\"mean_km\": %.1f, \"ner_precision\": %.4f, \"ner_recall\": %.4f, \"ner_f1\": %.4f, "
          + "\"e2e_acc161\": %.4f}", n, acc161, countryAcc, medianKm, meanKm, nerPrecision, nerRecall, nerF1,
          e2eAcc161);
    }
  }

  private GeoparseEval() {}

  /** Evaluates the bundled (or user-local) gazetteer's geoparser on every article of {@code file}. */
  public static Result run(Path file, Format format, PrintStream out) throws IOException {
    return run(file, format, "all", out);
  }

  public static Result run(Path file, Format format, String articles, PrintStream out) throws IOException {
    return run(file, format, articles, 0, out);
  }

  /** As {@link #run(Path, Format, String, PrintStream)}, then prints the errors by category (see {@link GeoparseErrors}). */
  public static Result run(Path file, Format format, String articles, int errorLimit, PrintStream out)
      throws IOException {
    return run(file, format, articles, errorLimit, Optional.empty(), out);
  }

  /**
   * As {@link #run(Path, Format, String, int, PrintStream)}, with the places of the named {@link Baseline}
   * (its recogniser; the resolution of places is Placard's, as in the bench) when one is given.
   */
  public static Result run(Path file, Format format, String articles, int errorLimit, Optional<String> baseline,
      PrintStream out) throws IOException {
    GeoparseErrors failures = new GeoparseErrors();
    GeoNamesGazetteer gazetteer = GeoNamesGazetteer.loadDefault();
    Geoparser placard = new GazetteerGeoparser(gazetteer);
    Geoparser geoparser = baseline.isEmpty() ? placard
        : Baseline.named(baseline.get()).stages(placard, new RuleEventExtractor()).geoparser();
    List<GoldArticle> corpus = GeoparseCorpus.read(file, format);
    List<Double> errors = new ArrayList<>();
    int countryHits = 0;
    int e2eHits = 0;
    int goldAll = 0;
    int goldFound = 0;
    int systemAll = 0;
    int systemRight = 0;
    for (int i = 0; i < corpus.size(); i++) {
      if (articles.equals("even") && i % 2 != 0 || articles.equals("odd") && i % 2 == 0) {
        continue;
      }
      GoldArticle a = corpus.get(i);
      Report report = Report.ofText(a.text(), a.id());
      List<GoldToponym> located = a.toponyms().stream().filter(t -> t.coordinates().isPresent()).toList();
      List<PlaceMention> goldMentions = located.stream().map(t -> new PlaceMention(t.span(), t.phrase())).toList();
      List<ResolvedPlace> resolved = geoparser.resolve(report, goldMentions, p -> { });
      for (GoldToponym t : located) {
        Coordinates gold = t.coordinates().get();
        Optional<ResolvedPlace> r = resolved.stream().filter(p -> p.mention().span().equals(t.span())).findFirst();
        Optional<Coordinates> got = r.flatMap(p -> p.place().coordinates());
        double km = got.map(gold::distanceKm).orElse(UNRESOLVED_KM);
        errors.add(km);
        String goldCountry = gazetteer.nearestTown(gold).map(GazetteerEntry::countryCode).orElse("");
        boolean countryRight = r.isPresent() && (r.get().place().countryCode().equals(goldCountry) || km <= 161);
        if (countryRight) {
          countryHits++;
        }
        if (km > 161) {
          GeoparseErrors.Category c = r.isEmpty() ? GeoparseErrors.Category.UNRESOLVED
              : countryRight ? GeoparseErrors.Category.WRONG_PLACE : GeoparseErrors.Category.WRONG_COUNTRY;
          failures.add(new GeoparseErrors.Error(c, a.id(), t.phrase(), gold, goldCountry, r, km,
              GeoparseErrors.context(a.text(), t.span().start(), t.span().end())));
        }
      }
      List<PlaceMention> system = geoparser.recognise(a.text());
      List<ResolvedPlace> placed = geoparser.resolve(report, system, p -> { });
      goldAll += a.toponyms().size();
      systemAll += system.size();
      for (GoldToponym t : a.toponyms()) {
        if (system.stream().anyMatch(m -> m.span().overlaps(t.span()))) {
          goldFound++;
        } else {
          failures.add(new GeoparseErrors.Error(GeoparseErrors.Category.MISSED, a.id(), t.phrase(),
              t.coordinates().orElse(new Coordinates(0, 0)), "", Optional.empty(), 0,
              GeoparseErrors.context(a.text(), t.span().start(), t.span().end())));
        }
      }
      for (PlaceMention m : system) {
        if (a.toponyms().stream().anyMatch(t -> t.span().overlaps(m.span()))) {
          systemRight++;
        } else {
          Optional<ResolvedPlace> got = placed.stream().filter(p -> p.mention().equals(m)).findFirst();
          failures.add(new GeoparseErrors.Error(GeoparseErrors.Category.SPURIOUS, a.id(), m.text(),
              new Coordinates(0, 0), "", got, 0, GeoparseErrors.context(a.text(), m.span().start(), m.span().end())));
        }
      }
      for (GoldToponym t : located) {
        if (placed.stream().anyMatch(p -> p.mention().span().overlaps(t.span()) && p.place().coordinates()
            .map(c -> c.distanceKm(t.coordinates().get()) <= 161).orElse(false))) {
          e2eHits++;
        }
      }
    }
    int n = errors.size();
    double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double precision = ratio(systemRight, systemAll);
    double recall = ratio(goldFound, goldAll);
    Result result = new Result(n, ratio((int) Arrays.stream(sorted).filter(d -> d <= 161).count(), n),
        ratio(countryHits, n), n == 0 ? 0 : sorted[n / 2], n == 0 ? 0 : Arrays.stream(sorted).average().orElse(0),
        precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
        ratio(e2eHits, n));
    if (errorLimit > 0) {
      failures.print(errorLimit, out);
    }
    print(file, format, articles, result, out);
    return result;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static void print(Path file, Format format, String articles, Result r, PrintStream out) {
    out.printf(Locale.ROOT, "geoparsing %s (%s, articles: %s)%n", file.getFileName(), format, articles);
    out.printf(Locale.ROOT, "  toponyms with coordinates  %6d%n", r.n());
    out.printf(Locale.ROOT, "  acc@161km                  %6.3f%n", r.acc161());
    out.printf(Locale.ROOT, "  country accuracy           %6.3f%n", r.countryAcc());
    out.printf(Locale.ROOT, "  median / mean error km     %6.1f / %.1f%n", r.medianKm(), r.meanKm());
    out.printf(Locale.ROOT, "  recognition P / R / F1     %6.3f / %.3f / %.3f%n", r.nerPrecision(), r.nerRecall(),
        r.nerF1());
    out.printf(Locale.ROOT, "  end-to-end acc@161km       %6.3f%n", r.e2eAcc161());
    out.println(r.json());
  }

  public static void main(String[] args) throws IOException {
    Format format = null;
    String articles = "all";
    int errorLimit = 0;
    Optional<String> baseline = Optional.empty();
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = Format.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--articles" -> articles = args[++i];
        case "--errors" -> errorLimit = Integer.parseInt(args[++i]);
        case "--baseline" -> baseline = Optional.of(args[++i]);
        default -> file = Path.of(args[i]);
      }
    }
    if (format == null || file == null || !List.of("all", "even", "odd").contains(articles)) {
      System.err.println("usage: GeoparseEval --format gwn|geovirus|gaztag [--articles all|even|odd] [--errors N]"
          + " [--baseline NAME] FILE");
      System.exit(2);
    }
    run(file, format, articles, errorLimit, baseline, System.out);
  }
}
