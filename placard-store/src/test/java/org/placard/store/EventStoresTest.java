// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a location string picks a store, and how a bad one is told. */
class EventStoresTest {
  @TempDir
  Path dir;

  @Test
  void aPathOpensAnSqliteFileCreatingIt() throws StoreException {
    Path file = dir.resolve("placard.db");
    try (EventStore store = EventStores.open(file.toString())) {
      assertThat(store).isInstanceOf(SqliteEventStore.class);
      assertThat(((JdbcEventStore) store).location()).isEqualTo(file.toString());
    }
    assertThat(file).exists();
  }

  @Test
  void otherDatabasesAreNamedAsUnsupported() {
    assertThatThrownBy(() -> EventStores.open("mysql://root:pw@localhost/db"))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open mysql://root:***@localhost/db: unsupported database "
            + "(give a file path for SQLite or a postgresql:// URL)");
  }

  @Test
  void anUnreachableServerIsNamedWithoutItsPassword() {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    assertThatThrownBy(() -> EventStores.open("postgresql://ana:hunter2@127.0.0.1:1/placard"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open postgresql://ana:***@127.0.0.1:1/placard: ")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aBlankLocationIsABadArgument() {
    assertThatThrownBy(() -> EventStores.open("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventStores.open(null)).isInstanceOf(NullPointerException.class);
  }
}
