// SPDX-License-Identifier: Apache-2.0
package org.placard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placard.store.Fixtures.event;
import static org.placard.store.Fixtures.extraction;
import static org.placard.store.Fixtures.report;

import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placard.merge.EventCombiner;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Problem;
import org.placard.model.Report;
import org.placard.model.Source;
import org.placard.pipeline.Extraction;

/**
 * What every {@link EventStore} must do, run against each database by a subclass that says how to open a fresh
 * store and look at it with plain JDBC.
 */
abstract class EventStoreContract {
  protected EventStore store;

  /** Opens the store under test; called again on the same location to test reopening. */
  protected abstract EventStore open() throws StoreException;

  /** A plain JDBC connection to the same database, for looking under the store. */
  protected abstract Connection rawConnection() throws SQLException;

  /** Readies an empty database for {@link #open()}; before each test. */
  protected void prepare() throws SQLException {}

  @BeforeEach
  void openStore() throws StoreException, SQLException {
    prepare();
    store = open();
  }

  @AfterEach
  void closeStore() throws StoreException {
    store.close();
  }

  @Test
  void aRichEventComesBackEqualToWhatWasSaved() throws StoreException {
    Report report = report(Fixtures.richText(), "iranfocus", LocalDate.of(2020, 10, 12));
    Report second = report("A rally was held.", "ncri", LocalDate.of(2020, 10, 13));
    Event rich = Fixtures.richEvent(report, second);
    Problem problem = Problem.ofReport(report, "geo", "unknown place", Optional.of("Homayoun Shahr"));

    store.save(List.of(extraction(report, List.of(rich), problem)), List.of());

    assertThat(store.events(EventQuery.all())).containsExactly(rich);
    assertThat(store.event(rich.id())).contains(rich);
    assertThat(store.report(report.id())).contains(report);
    assertThat(store.report(second.id())).as("a source need not be a stored report").isEmpty();
    assertThat(store.problems()).containsExactly(problem);
  }

  @Test
  void absentOptionalsStayAbsent() throws StoreException {
    Report bare = Fixtures.bareReport("Somewhere, someone protested.");
    Event placeless = event(bare, "placeless", LocalDate.of(2021, 1, 2), Optional.empty(), Form.DEMONSTRATION, true);

    store.save(List.of(extraction(bare, List.of(placeless))), List.of());

    assertThat(store.event("placeless")).contains(placeless);
    assertThat(store.report(bare.id())).contains(bare);
    assertThat(store.event("nothing")).isEmpty();
    assertThat(store.report("nothing")).isEmpty();
  }

  @Test
  void savingTheSameBatchTwiceAddsNothing() throws StoreException {
    Report report = report(Fixtures.richText(), "iranfocus", LocalDate.of(2020, 10, 12));
    List<Extraction> batch = List.of(extraction(report, List.of(Fixtures.richEvent(report, report)),
        Problem.ofReport(report, "time", "vague date", Optional.of("last week"))));
    List<Problem> inputProblems = List.of(Problem.ofInput("feed.jsonl:3", "ingest", "not JSON"));

    store.save(batch, inputProblems);
    List<Event> first = store.events(EventQuery.all());
    store.save(batch, inputProblems);

    assertThat(store.reportCount()).isEqualTo(1);
    assertThat(store.eventCount()).isEqualTo(1);
    assertThat(store.events(EventQuery.all())).isEqualTo(first);
    assertThat(store.problems()).hasSize(2);
    assertThat(store.knownReports(List.of(report.id(), "other"))).containsExactly(report.id());
  }

  @Test
  void aFailedBatchLeavesEarlierBatchesAsTheyWere() throws StoreException {
    Report a = report("A march in Paris.", "a", LocalDate.of(2022, 3, 1));
    store.save(List.of(extraction(a, List.of(event(a, "e-a", LocalDate.of(2022, 3, 1), Optional.empty(), Form.MARCH, false)))),
        List.of());
    Report b = report("A strike in Lyon.", "b", LocalDate.of(2022, 3, 2));
    Report c = report("Another strike in Lyon.", "c", LocalDate.of(2022, 3, 2));
    Event same = event(b, "e-same", LocalDate.of(2022, 3, 2), Optional.empty(), Form.STRIKE, false);
    List<Extraction> broken = List.of(extraction(b, List.of(same)), extraction(c, List.of(same)));

    assertThatThrownBy(() -> store.save(broken, List.of(Problem.ofInput("x", "ingest", "y"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("save a batch");

    assertThat(store.reportCount()).isEqualTo(1);
    assertThat(store.knownReports(List.of(a.id(), b.id(), c.id()))).containsExactly(a.id());
    assertThat(store.events(EventQuery.all())).extracting(Event::id).containsExactly("e-a");
    assertThat(store.problems()).isEmpty();
  }

  @Test
  void aLaterReportOfTheSameEventJoinsIt() throws StoreException {
    Report first = report("A sit-in at the ministry.", "first", LocalDate.of(2023, 5, 1));
    Report later = report("Hundreds held a sit-in at the ministry.", "later", LocalDate.of(2023, 5, 2));
    Event early = event(first, "sit-in", LocalDate.of(2023, 5, 1), Optional.of(Fixtures.tehran()), Form.SIT_IN, false);
    Event again = event(later, "sit-in-later", LocalDate.of(2023, 5, 1), Optional.of(Fixtures.tehran()), Form.SIT_IN,
        false);

    store.save(List.of(extraction(first, List.of(early))), List.of());
    store.save(List.of(extraction(later, List.of(again))), List.of());

    assertThat(store.eventCount()).isEqualTo(1);
    assertThat(store.event("sit-in")).contains(new EventCombiner().combine(List.of(early, again)));
    assertThat(store.event("sit-in").orElseThrow().sources()).extracting(Source::reportId)
        .containsExactly(first.id(), later.id());
    assertThat(store.members("sit-in")).extracting(Member::event).containsExactly(early, again);
  }

  @Test
  void problemsComeBackInTheOrderTheyWereRecorded() throws StoreException {
    Report report = Fixtures.bareReport("Nothing here.");
    Problem p1 = Problem.ofInput("feed.jsonl:1", "ingest", "not JSON");
    Problem p2 = Problem.ofReport(report, "extract", "no event found", Optional.empty());
    Problem p3 = Problem.ofInput("broken.warc", "ingest", "truncated record");
    Problem p4 = new Problem("a.html", Optional.empty(), "ingest", "", Optional.of(""));

    store.save(List.of(extraction(report, List.of(), p2)), List.of(p1));
    store.save(List.of(), List.of(p3, p4));

    assertThat(store.problems()).containsExactly(p1, p2, p3, p4);
    assertThat(store.reportCount()).isEqualTo(1);
    assertThat(store.eventCount()).isZero();
  }

  @Test
  void reopeningKeepsTheDataAndAppliesNoMigrationAgain() throws StoreException, SQLException {
    Report report = report("A rally.", "r", LocalDate.of(2024, 1, 1));
    Event rally = event(report, "rally", LocalDate.of(2024, 1, 1), Optional.empty(), Form.RALLY, false);
    store.save(List.of(extraction(report, List.of(rally))), List.of());
    long applied = appliedMigrations();
    store.close();

    store = open();

    assertThat(store.events(EventQuery.all())).containsExactly(rally);
    assertThat(appliedMigrations()).isEqualTo(applied).isGreaterThanOrEqualTo(2);
    assertThat(((JdbcEventStore) store).schemaVersion()).isEqualTo(newestMigration());
  }

  private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

  /** The highest version among the migration scripts on the class path, so new migrations need no test edit. */
  private static String newestMigration() {
    int newest = 0;
    for (String folder : List.of("common", "sqlite", "postgresql")) {
      URL url = EventStoreContract.class.getResource("/db/migration/" + folder);
      assertThat(url).as("migration folder %s", folder).isNotNull();
      String[] names = new File(url.getPath()).list();
      for (String name : names == null ? new String[0] : names) {
        Matcher m = MIGRATION.matcher(name);
        if (m.matches()) {
          newest = Math.max(newest, Integer.parseInt(m.group(1)));
        }
      }
    }
    assertThat(newest).as("migrations found").isGreaterThanOrEqualTo(3);
    return Integer.toString(newest);
  }

  @Test
  void eventsStoredBeforeMembersWereKeptBecomeTheirOwnMembers() throws StoreException, SQLException {
    Report report = report("A rally.", "r", LocalDate.of(2024, 1, 1));
    Event rally = event(report, "rally", LocalDate.of(2024, 1, 1), Optional.of(Fixtures.tehran()), Form.RALLY, false);
    store.save(List.of(extraction(report, List.of(rally))), List.of());
    store.close();
    try (Connection raw = rawConnection(); Statement statement = raw.createStatement()) {
      statement.executeUpdate("DELETE FROM event_members"); // as a store written before schema version 3
    }

    store = open();

    assertThat(store.members("rally")).containsExactly(new Member(rally, report.id(), Optional.empty()));
    Report later = report("Another rally.", "s", LocalDate.of(2024, 1, 2));
    Event again = event(later, "rally-2", LocalDate.of(2024, 1, 1), Optional.of(Fixtures.tehran()), Form.RALLY, false);
    store.save(List.of(extraction(later, List.of(again))), List.of());
    assertThat(store.members("rally")).extracting(Member::event).containsExactly(rally, again);
  }

  @Test
  void concurrentCallersTakeTurns() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Report report = report("Rally number " + i + ".", "o" + i, LocalDate.of(2024, 2, 1));
        Event rally = event(report, "rally-" + i, LocalDate.of(2024, 2, 1), Optional.empty(), Form.RALLY, false);
        calls.add(pool.submit(() -> {
          store.save(List.of(extraction(report, List.of(rally))), List.of());
          return (long) store.events(EventQuery.all()).size();
        }));
      }
      for (Future<Long> call : calls) {
        assertThat(call.get(1, TimeUnit.MINUTES)).isBetween(1L, 20L);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.eventCount()).isEqualTo(20);
  }

  @Test
  void aClosedStoreSaysSo() throws StoreException {
    store.close();
    assertThatThrownBy(() -> store.eventCount()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
  }

  @Test
  void badArgumentsFailFast() {
    assertThatThrownBy(() -> store.save(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.events(null)).isInstanceOf(NullPointerException.class);
  }

  private long appliedMigrations() throws SQLException {
    try (Connection raw = rawConnection();
        Statement statement = raw.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + Migrations.HISTORY_TABLE)) {
      row.next();
      return row.getLong(1);
    }
  }
}
