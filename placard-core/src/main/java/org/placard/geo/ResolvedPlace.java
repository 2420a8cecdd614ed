// SPDX-License-Identifier: Apache-2.0
package org.placard.geo;

import java.util.Objects;
import org.placard.model.Place;

/**
 * A mention resolved to a place.
 *
 * @param mention    what the text wrote, and where
 * @param place      the place it was resolved to
 * @param featureClass GeoNames feature class: "P" populated place, "A" country or admin region, ...
 * @param confidence the resolver's confidence, 0..1
 */
public record ResolvedPlace(PlaceMention mention, Place place, String featureClass, double confidence) {
  public ResolvedPlace {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(featureClass, "featureClass");
  }
}
