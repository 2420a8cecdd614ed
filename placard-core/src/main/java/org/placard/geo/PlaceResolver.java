// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placard.model.Place;
import org.placard.model.Problem;
import org.placard.model.Report;

/**
 * Chooses, for each mention, one of the places its name may denote, using the whole report:
 * <ol>
 *   <li>a prior from the kind of place: a country before a region before a big city before a small town, exact
 *       spellings before transliteration variants;
 *   <li>the report's country focus: the share of its other mentions and demonyms that point at each country,
 *       judged first by each name's likeliest place, then again by the places chosen in that first round;
 *   <li>admin hints written beside the name: "Zahedan city (Sistan and Baluchestan)", "Paris, Texas",
 *       "Tehran Province";
 *   <li>co-mentioned places: a town near another place the report names is preferred.
 * </ol>
 * A street or building the gazetteer lacks ("Royal Street") is placed at the town it lies in (see
 * {@link TownOfFacility}), with feature code {@link ResolvedPlace#WITHIN_TOWN} and a low confidence; any other
 * name left without a place (a hamlet the gazetteer lacks, a name whose only places lie in another country) is
 * placed at the town the report names nearest to it, with {@link ResolvedPlace#NEAR_TOWN} and a lower confidence:
 * reports name unknown places beside the towns they lie near; with no town to go by, it is placed at the country
 * the report is clearly about (at least half its names), with the same code and the lowest confidence. All
 * occurrences of one name in a report resolve to the same place. A name left without a place is reported as a
 * {@link Problem} and left out.
 * Stateless; thread-safe.
 */
final class PlaceResolver {
  private static final Pattern HINT = Pattern.compile(
      "^(?:\\s+(?:city|town|village|province|county|district|governorate))?\\s*[,(]\\s*"
          + "(\\p{Lu}[\\p{L}\\p{M}'\u2019\\-.]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}'\u2019\\-.]*){0,3})");
  /** A region word after the name, or an office a region has and a town lacks ("New York Governor Cuomo"). */
  private static final Pattern REGION_SUFFIX = Pattern.compile(
      "^\\s+(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Gg]overnorate|[Oo]blast|[Cc]ounty|Governor|Gov\\.|Lt\\. Gov"
          + "|Lieutenant Governor|Legislature|Attorney General|Senator|Sen\\.)(?![\\p{L}])");
  private static final Pattern REGION_WORD_END = Pattern.compile(
      "(?i)\\s(?:province|state|region|governorate|oblast|county|district|shire|parish)$");
  private static final Pattern STRIP = Pattern.compile(
      "(?i)^(?:the|greater)\\s+|\\s+(?:city|town|province|state|county|district|region|governorate)$");

  /** A direction before an area's name: "Northern Europe", "South West England", "Central Anatolia". */
  private static final Pattern DIRECTION = Pattern.compile("(?i)(?:(?:north|south|east|west|central|upper|lower)"
      + "(?:ern)?[\\s-]+(?:(?:north|south|east|west)(?:ern)?[\\s-]+)?)(\\p{Lu}.*)");

  /** "the state of Washington": the name is the region's, not its namesake town's. */
  private static final Pattern STATE_OF = Pattern.compile("(?i)\\b(?:state|province) of\\s+$");

  private static final long CONTAINED_MIN_POPULATION = 20_000;
  private static final Pattern AFTER_THE = Pattern.compile("(?:^|\\s)the\\s+$");
  /** After "the X": X ends its noun phrase ("near the Alameda in"), rather than naming "the Venice Commission". */
  private static final Pattern NOUN_PHRASE_END = Pattern.compile(
      "^\\s*(?:$|[,.;:!?)\"\u201d]|(?:in|on|at|near|of|and|or|to|from|by|with|where|which|that|was|is|were|are)\\b)");
  /** Leading words of names that are not places by themselves ("North State Street", "New Road", "Air ..."). */
  private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northwest", "northeast", "southwest", "southeast",
      "new", "old", "upper", "lower", "great", "greater", "little", "federal", "national", "royal", "air", "no",
      "saint", "st.", "st", "port", "mount", "lake", "white", "red", "black", "green", "grand", "high", "city");

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<ResolvedPlace> resolve(Report report, List<PlaceMention> mentions, Consumer<Problem> problems) {
    String text = report.text();
    Map<String, NameGroup> groups = new LinkedHashMap<>();
    for (PlaceMention m : mentions) {
      NameGroup g = groups.computeIfAbsent(NameKey.loose(m.text()), k -> new NameGroup(m.text()));
      g.mentions.add(m);
      String after = text.substring(Math.min(m.span().end(), text.length()));
      hint(after).ifPresent(g.hints::add);
      String before = text.substring(Math.max(0, m.span().start() - 12), m.span().start());
      g.regionSuffix |= REGION_SUFFIX.matcher(after).find() || REGION_WORD_END.matcher(m.text()).find();
      g.stateOf |= STATE_OF.matcher(before).find();
      writtenAfter(text, m, mentions).ifPresent(p -> g.afterComma.add(NameKey.loose(p.text())));
      g.afterThe |= AFTER_THE.matcher(text.substring(Math.max(0, m.span().start() - 4), m.span().start())).find()
          && NOUN_PHRASE_END.matcher(after).find();
    }
    for (NameGroup g : groups.values()) {
      g.demonym = gazetteer.countryOfDemonym(g.name);
      g.candidates = candidates(g.name);
      g.likely = g.demonym.isPresent() ? g.demonym : g.mostLikely();
    }
    for (NameGroup g : groups.values()) {
      for (String key : g.afterComma) {
        g.townsBefore.addAll(groups.get(key).candidates.stream().filter(e -> !e.isArea()).toList());
        NameGroup before = groups.get(key);
        if (before != g) {
          g.listedWith.add(before);
          before.listedWith.add(g);
        }
      }
    }
    for (NameGroup g : groups.values()) {
      // the focus a name sees is that of the report's OTHER names: a name repeated fifteen times must not
      // vote for its own most likely country ("Santa Ana" of El Salvador over "Santa Ana, California")
      g.choose(countryFocus(groups.values(), g, report.country()), List.of());
    }
    // the second round's focus counts the places chosen, not each name's likeliest: "Paris, Texas" votes US
    for (NameGroup g : groups.values()) {
      if (g.demonym.isEmpty()) {
        g.likely = Optional.ofNullable(g.best); // a name left without a place votes for no country
      }
    }
    for (NameGroup g : groups.values()) {
      g.choose(countryFocus(groups.values(), g, report.country()), chosenTowns(groups, g));
    }
    Map<String, Double> focus = countryFocus(groups.values(), null, report.country());
    String mainCountry = focus.entrySet().stream().filter(e -> e.getValue() >= NameGroup.STRONG_FOCUS)
        .map(Map.Entry::getKey).findFirst().orElse("");
    List<ResolvedPlace> out = new ArrayList<>();
    for (NameGroup g : groups.values()) {
      // an unknown name with its region or country written beside it ("Pingilikani, Kenya") lies there
      // (at its town named nearest, if it has one there, else at that region or country)
      Optional<GazetteerEntry> hinted = g.hints.stream().max(Comparator.comparingInt(h -> h.isAdmin1() ? 1 : 0));
      Optional<GazetteerEntry> town = g.best != null || g.demonym.isPresent() ? Optional.empty()
          : TownOfFacility.townOf(g, groups.values(), mainCountry, hinted).or(() -> hinted);
      // no town to place it near: in the country the report is clearly about, at that country
      Optional<GazetteerEntry> country = g.best != null || g.demonym.isPresent() || town.isPresent()
          || mainCountry.isEmpty() ? Optional.empty() : gazetteer.country(mainCountry);
      boolean facility = TownOfFacility.isFacility(g.name);
      for (PlaceMention m : g.mentions) {
        if (g.demonym.isPresent()) {
          out.add(resolved(m, g.demonym.get(), 0.9, ResolvedPlace.DEMONYM));
        } else if (town.isPresent()) {
          out.add(facility ? resolved(m, town.get(), 0.3, ResolvedPlace.WITHIN_TOWN)
              : resolved(m, town.get(), 0.2, ResolvedPlace.NEAR_TOWN));
        } else if (g.best != null) {
          out.add(resolved(m, g.best, g.confidence, g.best.featureCode()));
        } else if (country.isPresent()) {
          // placed, but only as well as the country: the text's own problem is still told
          out.add(resolved(m, country.get(), 0.1, ResolvedPlace.NEAR_TOWN));
          String why = g.candidates.isEmpty() ? "no place of this name in the gazetteer"
              : "its only places lie outside the country the report is about";
          problems.accept(Problem.ofReport(report, "geo", why + "; placed at that country (" + country.get().name()
              + ") with low confidence: " + m.text(), Optional.of(m.text())));
        } else {
          String why = g.candidates.isEmpty() ? "no place of this name in the gazetteer: "
              : "left unresolved, its only places lie outside the country the report is about: ";
          problems.accept(Problem.ofReport(report, "geo", why + m.text(), Optional.of(m.text())));
        }
      }
    }
    out.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
    return out;
  }

  private List<GazetteerEntry> candidates(String name) {
    List<GazetteerEntry> found = new ArrayList<>(gazetteer.lookup(name));
    if (!name.regionMatches(true, 0, "al", 0, 2)) {
      found.addAll(gazetteer.lookup("Al " + name)); // Arabic names often keep their article in the gazetteer
    }
    if (found.isEmpty()) {
      String stripped = STRIP.matcher(name).replaceAll("");
      if (!stripped.equals(name) && !stripped.isBlank()) {
        found = gazetteer.lookup(stripped);
      }
    }
    if (found.isEmpty()) {
      Matcher part = DIRECTION.matcher(name);
      if (part.matches()) {
        // "Western Europe", "South West England", "Southern Venezuela": a part of a larger area, placed at it
        found = gazetteer.lookup(part.group(1)).stream().filter(GazetteerEntry::isArea).toList();
      }
    }
    return found.isEmpty() ? containingPlace(name) : found;
  }

  /**
   * For a name the gazetteer lacks, the well-known place it contains: "Republic of Armenia", "Bank of Japan",
   * "Dubai World Cup", "Colorado State University", "Swat Valley". Only the words after "of" or the leading
   * words are tried (a street's or building's own name, "Royal" in "Royal Street", is its last resort), and
   * only a prominent place counts (a country, a region, a city of {@value #CONTAINED_MIN_POPULATION}+), since a
   * small town that shares a word with a facility's name is mostly chance.
   */
  private List<GazetteerEntry> containingPlace(String name) {
    String[] words = name.split("\\s+");
    List<String> tries = new ArrayList<>();
    for (int i = words.length - 2; i >= 0; i--) {
      if (words[i].equals("of")) {
        tries.add(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)));
      }
    }
    boolean ofName = !tries.isEmpty(); // "University of X": X or nothing, never "University"
    for (int n = words.length - 1; n >= 1 && !ofName; n--) {
      tries.add(String.join(" ", java.util.Arrays.copyOf(words, n)));
    }
    for (String part : tries) {
      boolean acronym = part.length() >= 2 && part.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
      if (GENERIC_WORDS.contains(part.toLowerCase(java.util.Locale.ROOT)) || part.length() < 3 && !acronym) {
        continue;
      }
      Optional<GazetteerEntry> people = gazetteer.countryOfDemonym(part);
      if (people.isPresent()) {
        return List.of(people.get()); // "British Embassy", "Mexican Army": the country
      }
      String key = NameKey.exact(part);
      List<GazetteerEntry> found = gazetteer.lookup(part).stream()
          .filter(e -> e.isArea() || e.population() >= CONTAINED_MIN_POPULATION)
          .filter(e -> e.names().stream().anyMatch(n -> NameKey.exact(n).equals(key))).toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The mention written right before {@code m} and a comma: "Buffalo" in "Buffalo, New York". */
  private static Optional<PlaceMention> writtenAfter(String text, PlaceMention m, List<PlaceMention> mentions) {
    int i = m.span().start();
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || text.charAt(i - 1) != ',') {
      return Optional.empty();
    }
    int end = i - 1;
    return mentions.stream().filter(o -> o.span().end() == end).findFirst();
  }

  /** The region or country named right after a mention: ", Texas", " (Sistan and Baluchestan)". */
  private Optional<GazetteerEntry> hint(String after) {
    Matcher m = HINT.matcher(after.length() > 80 ? after.substring(0, 80) : after);
    if (!m.find()) {
      return Optional.empty();
    }
    String[] words = m.group(1).split("\\s+");
    // the whole capitalised phrase must name the area: "Americas, Eastern Mediterranean" is a list, not "Eastern"
    String phrase = String.join(" ", words).replaceAll("[.,)]+$", "");
    return gazetteer.lookup(phrase).stream().filter(e -> e.isCountry() || e.isAdmin1())
        .max(Comparator.comparingInt((GazetteerEntry e) -> e.isCountry() ? 1 : 0)
            .thenComparingLong(GazetteerEntry::population));
  }

  /** Each country's share of the report's place names and demonyms, judged by their most likely reading. */
  private static Map<String, Double> countryFocus(Iterable<NameGroup> groups, NameGroup except, Optional<String> given) {
    Map<String, Double> weight = new HashMap<>();
    double total = 0;
    for (NameGroup g : groups) {
      if (g == except) {
        continue;
      }
      double w = g.mentions.size();
      if (g.likely.isPresent()) {
        weight.merge(g.likely.get().countryCode(), w, Double::sum);
        total += w;
      }
    }
    if (given.isPresent()) {
      // a country the report is known to be about outweighs all its names together: more than half the focus
      double w = total + 1;
      weight.merge(given.get(), w, Double::sum);
      total += w;
    }
    Map<String, Double> share = new HashMap<>();
    for (Map.Entry<String, Double> e : weight.entrySet()) {
      share.put(e.getKey(), e.getValue() / total);
    }
    return share;
  }

  private static List<GazetteerEntry> chosenTowns(Map<String, NameGroup> groups, NameGroup except) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (NameGroup g : groups.values()) {
      if (g != except && g.best != null && g.demonym.isEmpty()) {
        out.add(g.best);
      }
    }
    return out;
  }

  private ResolvedPlace resolved(PlaceMention m, GazetteerEntry e, double confidence, String featureCode) {
    String countryName = gazetteer.country(e.countryCode()).map(GazetteerEntry::name).orElse(e.countryCode());
    int precision = e.isAdmin2() ? 2 : e.isArea() ? 3 : 1;
    Place place = new Place(e.geonameId(), e.name(), m.text(), e.isCountry() ? Optional.empty() : e.admin1Name(),
        e.countryCode(), countryName, Optional.of(e.coordinates()), precision);
    return new ResolvedPlace(m, place, e.featureClass(), confidence, Optional.of(featureCode));
  }
}
