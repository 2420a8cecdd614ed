// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.store.EventStore;
import org.placard.store.EventStores;

/**
 * Crash safety: an ingest killed with SIGKILL at several moments leaves a readable, consistent store, and running
 * the same command again finishes the work with no duplicate and no missing report. Runs the packaged jar as a
 * separate process, since only a real process can be killed mid-write.
 */
class IngestCrashIT {
  private static final int REPORTS = 1500;
  private static final String[] CITIES = {"Lyon, France", "Santiago, Chile", "Nakuru, Kenya", "Karaj, Iran",
      "Tabriz, Iran", "Porto, Portugal", "Leeds, England", "Dhaka, Bangladesh"};
  @TempDir static Path dir;
  static Path corpus;
  static long cleanEvents;

  @BeforeAll
  static void writeCorpusAndIngestItCleanly() throws Exception {
    corpus = dir.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      String city = CITIES[i % CITIES.length];
      lines.add("{\"text\":\"Report " + i + ": hundreds of workers held a strike and marched in " + city
          + " on " + (1 + i % 28) + " March 2023 over pay, the union said.\",\"outlet\":\"Outlet " + (i % 5)
          + "\",\"published\":\"2023-03-29\"}");
    }
    Files.write(corpus, lines);
    Path clean = dir.resolve("clean.db");
    assertThat(ingest(clean).waitFor(10, TimeUnit.MINUTES)).isTrue();
    try (EventStore store = EventStores.open(clean.toString())) {
      assertThat(store.reportCount()).isEqualTo(REPORTS);
      cleanEvents = store.eventCount();
    }
  }

  static Process ingest(Path db) throws IOException {
    return new ProcessBuilder("java", "-Xmx1g", "-jar", System.getProperty("placard.jar"), "ingest", "--db",
        db.toString(), "--batch", "40", corpus.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve(db.getFileName() + ".log").toFile()).start();
  }

  @Test
  void killedAtAnyMomentTheStoreStaysWholeAndARerunCompletesIt() throws Exception {
    for (long killAfterMs : new long[] {1500, 4000, 7000, 11000}) {
      Path db = dir.resolve("killed-" + killAfterMs + ".db");
      Process p = ingest(db);
      boolean finished = p.waitFor(killAfterMs, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no rollback from the JVM
      }
      if (Files.exists(db)) {
        assertConsistent(db);
      }
      Process again = ingest(db);
      assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(again.exitValue()).as("rerun after a kill at %d ms", killAfterMs).isZero();
      try (EventStore store = EventStores.open(db.toString())) {
        assertThat(store.reportCount()).as("reports after a kill at %d ms and a rerun", killAfterMs).isEqualTo(REPORTS);
        assertThat(store.eventCount()).as("events after a kill at %d ms and a rerun", killAfterMs).isEqualTo(cleanEvents);
      }
      assertConsistent(db);
    }
  }

  /** The store opens, passes SQLite's integrity check, and holds no report twice. */
  static void assertConsistent(Path db) throws SQLException, Exception {
    try (EventStore store = EventStores.open(db.toString())) {
      assertThat(store.reportCount()).isBetween(0L, (long) REPORTS);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) - COUNT(DISTINCT id) FROM reports")) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
    }
  }
}
