// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.List;
import java.util.Optional;

/**
 * Place names to places. Lookups fold case, diacritics, Arabic-script letter variants and the usual
 * transliteration variants (see {@link NameKey}), and follow curated historic and political aliases
 * ("Bombay" finds Mumbai). Implementations are immutable and thread-safe.
 */
public interface Gazetteer {

  /** Every place the name may denote (countries, regions, towns), in no particular order; empty if none. */
  List<GazetteerEntry> lookup(String name);

  /** Whether any place has this name: a cheaper {@code !lookup(name).isEmpty()}. */
  default boolean knows(String name) {
    return !lookup(name).isEmpty();
  }

  /** The country with this ISO 3166-1 alpha-2 code. */
  Optional<GazetteerEntry> country(String countryCode);

  /** The country an adjective or demonym refers to: "Iranian" and "Iranians" give Iran. */
  Optional<GazetteerEntry> countryOfDemonym(String word);

  /** The capital (GeoNames PPLC, the most populous when several) of the country with this ISO code. */
  default Optional<GazetteerEntry> capital(String countryCode) {
    return Optional.empty();
  }

  /** How many places it holds. */
  int size();
}
