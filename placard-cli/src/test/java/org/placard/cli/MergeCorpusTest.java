// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placard.ingest.SourceDefaults;
import org.placard.model.Event;
import org.placard.model.Source;
import org.placard.sources.SourceRegister;
import org.placard.sources.Verification;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import org.placard.store.EventStores;

/**
 * Issue 6's acceptance: a corpus of short reports from invented outlets ({@code corpus/reports.jsonl}, outlets
 * in {@code corpus/outlets.tsv}) run through the real ingest into a real SQLite store must give exactly the
 * events of {@code corpus/expected.json} (which reports each holds, its verification), in any ingest order.
 * Events are compared by the reports they hold (each report's URL ends in its corpus id), never by event id.
 */
class MergeCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void everyIngestOrderGivesTheSameEvents() throws IOException {
    List<String> forward = reportLines();
    Map<Set<String>, String> first = ingestInOrder(forward, "forward");
    assertThat(first).hasSizeGreaterThanOrEqualTo(12);
    List<String> reverse = new ArrayList<>(forward);
    Collections.reverse(reverse);
    assertThat(ingestInOrder(reverse, "reverse")).isEqualTo(first);
    for (long seed : new long[] {6, 42}) {
      List<String> shuffled = new ArrayList<>(forward);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(ingestInOrder(shuffled, "shuffle" + seed)).as("seed %d", seed).isEqualTo(first);
    }
  }

  @Test
  void theCorpusGivesTheExpectedEvents() throws IOException {
    assertThat(ingestInOrder(reportLines(), "expected")).isEqualTo(expected());
  }

  @Test
  void reingestingEverythingChangesNothing() throws IOException {
    Path db = dir.resolve("again.db");
    Path file = write("all.jsonl", reportLines());
    ingest(db, file, 256);
    Map<Set<String>, String> first = observed(db);
    List<String> before = snapshot(db);
    ingest(db, file, 256);
    assertThat(observed(db)).isEqualTo(first);
    assertThat(snapshot(db)).isEqualTo(before);
  }

  @Test
  void theFirstDocumentUnderTwoOutletsGivesOneSetOfEventsWithTwoSourcesEach() throws IOException {
    Path text = dir.resolve("seed.txt");
    try (InputStream in = getClass().getResourceAsStream("/seed/resistance-units-october-2020.txt")) {
      Files.write(text, in.readAllBytes());
    }
    Path single = dir.resolve("single.db");
    IngestCommand.run(open(single), List.of(text.toString()), defaults("Outlet One", "https://one.example/a"), 1, 1);
    Path twice = dir.resolve("twice.db");
    try (EventStore db = EventStores.open(twice.toString())) {
      IngestCommand.run(db, List.of(text.toString()), defaults("Outlet One", "https://one.example/a"), 1, 1);
      IngestCommand.run(db, List.of(text.toString()), defaults("Outlet Two", "https://two.example/b"), 1, 1);
      List<Event> events = db.events(EventQuery.all());
      assertThat(db.reportCount()).isEqualTo(2);
      assertThat(events).isNotEmpty();
      try (EventStore once = EventStores.open(single.toString())) {
        List<Event> alone = once.events(EventQuery.all());
        assertThat(events).hasSameSizeAs(alone);
        int claimsAlone = alone.stream().mapToInt(e -> e.claims().size()).sum();
        int claimsTwice = events.stream().mapToInt(e -> e.claims().size()).sum();
        assertThat(claimsTwice).as("each claim once per source").isEqualTo(2 * claimsAlone);
      }
      for (Event e : events) {
        assertThat(e.sources()).as("sources of %s (%s)", e.id(), e.place().map(p -> p.name()).orElse("?"))
            .extracting(s -> s.outlet().orElseThrow()).containsExactlyInAnyOrder("Outlet One", "Outlet Two");
      }
    } catch (org.placard.store.StoreException e) {
      throw new IOException(e);
    }
  }

  private Map<Set<String>, String> ingestInOrder(List<String> lines, String name) throws IOException {
    Path db = dir.resolve(name + ".db");
    ingest(db, write(name + ".jsonl", lines), 1);
    return observed(db);
  }

  private static void ingest(Path db, Path file, int batch) throws IOException {
    try (EventStore store = open(db)) {
      IngestCommand.run(store, List.of(file.toString()), defaults(null, null), batch, 1);
    } catch (org.placard.store.StoreException e) {
      throw new IOException(e);
    }
  }

  private static EventStore open(Path db) throws IOException {
    try {
      return EventStores.open(db.toString());
    } catch (org.placard.store.StoreException e) {
      throw new IOException(e);
    }
  }

  private static SourceDefaults defaults(String outlet, String url) {
    return new SourceDefaults(Optional.ofNullable(outlet), Optional.empty(), Optional.ofNullable(url));
  }

  /** Each current event as the corpus ids of its reports, with "place / verification". */
  private Map<Set<String>, String> observed(Path db) throws IOException {
    SourceRegister register = SourceRegister.withUserFile(copy("outlets.tsv"));
    try (EventStore store = open(db)) {
      Map<Set<String>, String> out = new TreeMap<>(MergeCorpusTest::compare);
      for (Event e : store.events(EventQuery.all().withoutReferences())) {
        Set<String> ids = e.sources().stream().map(MergeCorpusTest::corpusId).collect(Collectors.toCollection(TreeSet::new));
        out.put(ids, e.place().map(p -> p.name()).orElse("?") + " / " + Verification.of(e, register).label());
      }
      return out;
    } catch (org.placard.store.StoreException e) {
      throw new IOException(e);
    }
  }

  /** Every event's id, members' sources and figures, to show that nothing at all changed. */
  private static List<String> snapshot(Path db) throws IOException {
    try (EventStore store = open(db)) {
      List<String> out = new ArrayList<>();
      for (Event e : store.events(EventQuery.all())) {
        out.add(e.id() + " " + e.sources().stream().map(Source::reportId).sorted().toList() + " " + e.claims() + " " + e.date());
      }
      out.add("reports " + store.reportCount());
      return out;
    } catch (org.placard.store.StoreException e) {
      throw new IOException(e);
    }
  }

  private static Map<Set<String>, String> expected() throws IOException {
    JsonNode gold = JSON.readTree(MergeCorpusTest.class.getResourceAsStream("/corpus/expected.json"));
    Map<Set<String>, String> out = new TreeMap<>(MergeCorpusTest::compare);
    for (JsonNode want : gold.get("events")) {
      Set<String> ids = new TreeSet<>();
      want.get("reports").forEach(r -> ids.add(r.asText()));
      out.put(ids, want.get("place").asText() + " / " + want.get("verification").asText());
    }
    return out;
  }

  private static int compare(Set<String> a, Set<String> b) {
    return a.toString().compareTo(b.toString());
  }

  private static String corpusId(Source s) {
    String url = s.url().orElse("?");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static List<String> reportLines() throws IOException {
    try (InputStream in = MergeCorpusTest.class.getResourceAsStream("/corpus/reports.jsonl")) {
      return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
    }
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/corpus/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }
}
