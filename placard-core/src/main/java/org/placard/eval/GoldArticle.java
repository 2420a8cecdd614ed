// SPDX-License-Identifier: Apache-2.0
package org.placard.eval;

import java.util.List;
import java.util.Objects;

/** An article of a geoparsing gold corpus: its text and its gold toponyms. */
public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
  }
}
