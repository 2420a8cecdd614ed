// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import org.placard.store.EventStore;
import org.placard.store.EventStores;
import org.placard.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option every store-using command shares: a file, or a PostgreSQL URL. */
final class StoreOption {
  static final String DEFAULT_DB = "placard.db";

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description = "The store: an SQLite file, or postgresql://user:pass@host/db (default: $PLACARD_DB, else ./"
          + DEFAULT_DB + ").")
  String db;

  String location() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("PLACARD_DB");
    return env == null || env.isBlank() ? DEFAULT_DB : env;
  }

  EventStore open() throws StoreException {
    return EventStores.open(location());
  }
}
