// SPDX-License-Identifier: Apache-2.0
package org.placard.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * What was read from one HTML page: the article's plain text (maybe empty when the page had none) and the
 * page's own metadata, as written (the published value is still raw text, so a bad one can be reported).
 */
record HtmlArticle(
    String text, Optional<String> title, Optional<String> url, Optional<String> outlet,
    Optional<String> published, Optional<String> language) {

  HtmlArticle {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
  }
}
