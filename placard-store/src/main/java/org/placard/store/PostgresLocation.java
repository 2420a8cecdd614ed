// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a PostgreSQL store is: a JDBC URL plus the credentials, read from either
 * {@code postgresql://user:pass@host:port/db?params} (libpq's form; {@code postgres://} too) or
 * {@code jdbc:postgresql://host:port/db?user=..&password=..} (pgJDBC's own).
 *
 * @param jdbcUrl  the URL for pgJDBC, without credentials when they came in the user-info part
 * @param user     the role, when given outside the JDBC URL
 * @param password the password, when given outside the JDBC URL
 * @param display  the location for messages, with the password masked
 */
record PostgresLocation(String jdbcUrl, Optional<String> user, Optional<String> password, String display) {
  PostgresLocation {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(display, "display");
  }

  static boolean accepts(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://")
        || location.startsWith("jdbc:postgresql:");
  }

  /** Parses a location that {@link #accepts} takes; fails with a message that never shows the password. */
  static PostgresLocation parse(String location) {
    if (location.startsWith("jdbc:postgresql:")) {
      return new PostgresLocation(location, Optional.empty(), Optional.empty(),
          location.replaceAll("(?i)(password=)[^&]*", "$1***"));
    }
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user:pass@host:port/db): "
          + location.replaceAll(":[^:@/]*@", ":***@"));
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("a PostgreSQL URL needs a host: postgresql://user:pass@host:port/db");
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
    }
    String hostPort = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbcUrl = "jdbc:postgresql://" + hostPort + path + query;
    String shownUser = user.map(u -> u + (uri.getRawUserInfo().contains(":") ? ":***" : "") + "@").orElse("");
    return new PostgresLocation(jdbcUrl, user, password, "postgresql://" + shownUser + hostPort + path + query);
  }

  private static String decode(String part) {
    // URLDecoder would read '+' as a space; in user-info it is a plus.
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
