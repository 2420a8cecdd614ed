// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.Objects;
import java.util.Optional;
import org.placard.model.Place;

/**
 * A mention resolved to a place.
 *
 * @param mention      what the text wrote, and where
 * @param place        the place it was resolved to
 * @param featureClass GeoNames feature class: "P" populated place, "A" country or admin region, ...
 * @param confidence   the resolver's confidence, 0..1
 * @param featureCode  GeoNames feature code when known ("PPLA", "ADM1", "PCLI"), or {@value #DEMONYM} for a
 *                     country named only by an adjective or demonym ("Iranian"): a context signal, not a place
 *                     where something happened; or {@value #WITHIN_TOWN} for a street or building placed at its
 *                     town, or {@value #NEAR_TOWN} for an unknown name placed at the town named nearest to it
 */
public record ResolvedPlace(
    PlaceMention mention, Place place, String featureClass, double confidence, Optional<String> featureCode) {
  /** The feature code of a country named by its adjective or demonym. */
  public static final String DEMONYM = "DEMONYM";
  /**
   * The feature code of a street or building the gazetteer lacks, placed at the town that the report names
   * beside it: the place is that town, the point is the town's.
   */
  public static final String WITHIN_TOWN = "WITHIN_TOWN";
  /**
   * The feature code of a name the gazetteer lacks that is not a street or building (a hamlet, a camp, a
   * neighbourhood), placed at the town the report names nearest to it (within the region or country written
   * beside it, "Pingilikani, Kenya", else at that region or country, else at the country the report is about):
   * a guess that it lies in or near that place, hence a low confidence; the point is that place's.
   */
  public static final String NEAR_TOWN = "NEAR_TOWN";

  public ResolvedPlace {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(featureClass, "featureClass");
    Objects.requireNonNull(featureCode, "featureCode");
  }

  /** A resolved place whose feature code is not known. */
  public ResolvedPlace(PlaceMention mention, Place place, String featureClass, double confidence) {
    this(mention, place, featureClass, confidence, Optional.empty());
  }

  /** Whether the text named only the country's adjective or people ("Iranian forces"): not an event place. */
  public boolean isDemonym() {
    return featureCode.filter(DEMONYM::equals).isPresent();
  }
}
