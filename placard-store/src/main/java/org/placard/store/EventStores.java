// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/** Opens the store a location names: a file path for SQLite, a PostgreSQL URL for PostgreSQL. */
public final class EventStores {
  private EventStores() {}

  /**
   * Opens (creating when needed) and migrates the store at {@code location}: {@code postgresql://...},
   * {@code postgres://...} or {@code jdbc:postgresql:...} for PostgreSQL, {@code jdbc:sqlite:FILE} or any
   * other text as the path of an SQLite file.
   *
   * @throws StoreException when the store cannot be opened; the message names the location and why
   */
  public static EventStore open(String location) throws StoreException {
    Objects.requireNonNull(location, "location");
    String trimmed = location.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("a store location is needed: a file such as placard.db, or postgresql://...");
    }
    if (PostgresLocation.accepts(trimmed)) {
      try {
        return PostgresEventStore.open(trimmed);
      } catch (IllegalArgumentException e) {
        throw new StoreException("cannot open store: " + e.getMessage(), e);
      }
    }
    String file = trimmed.startsWith("jdbc:sqlite:") ? trimmed.substring("jdbc:sqlite:".length()) : trimmed;
    if (file.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      throw new StoreException("cannot open " + file.replaceAll(":[^:@/]*@", ":***@")
          + ": unsupported database (give a file path for SQLite or a postgresql:// URL)");
    }
    try {
      return SqliteEventStore.open(Path.of(file));
    } catch (InvalidPathException e) {
      throw new StoreException("cannot open " + file + ": not a valid file path", e);
    }
  }
}
