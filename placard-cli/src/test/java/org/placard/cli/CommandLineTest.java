// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help everywhere, exit codes, bad input reported and skipped. */
class CommandLineTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = PlacardCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    Run root = run("--help");
    assertThat(root.exit()).isZero();
    for (String command : List.of("demo", "ingest", "events", "export", "problems", "sources", "eval", "gazetteer")) {
      assertThat(root.out()).contains(command);
      Run help = run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: placard " + command);
    }
    assertThat(run("eval", "geoparse", "--help").exit()).isZero();
    assertThat(run("eval", "timeml", "--help").exit()).isZero();
    assertThat(run("gazetteer", "import", "--help").exit()).isZero();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("export", "--format", "xlsx").exit()).isEqualTo(2);
    assertThat(run("events", "--since", "yesterday").exit()).isEqualTo(2);
    assertThat(run("no-such-command").exit()).isEqualTo(2);
    assertThat(run("ingest").exit()).isEqualTo(2);
    Run baseline = run("eval", "timeml", "--baseline", "corenlp", ".");
    assertThat(baseline.exit()).isEqualTo(2);
    assertThat(baseline.err()).contains("no baseline named 'corenlp'", "-Pcorenlp");
  }

  @Test
  void serveRefusesTilesThatAreNotAPlainUrlTemplateBeforeServing() {
    Run ftp = run("serve", "--port", "0", "--tiles", "ftp://tiles.example.org/{z}/{x}/{y}.png");
    assertThat(ftp.exit()).isEqualTo(2);
    assertThat(ftp.err()).contains("--tiles");
    assertThat(run("serve", "--port", "0", "--tiles", "https://tiles.example.org/{z}/{x}.png").exit()).isEqualTo(2);
    assertThat(run("serve", "--port", "0", "--tiles-attribution", "© someone").exit()).isEqualTo(2);
  }

  @Test
  void unreadableInputsAreReportedSkippedAndExitOne() throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Workers held a strike in Lyon, France on 3 March 2023.\n");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, 7, 0});
    String db = dir.resolve("p.db").toString();

    Run ingest = run("ingest", "--db", db, good.toString(), empty.toString(), binary.toString());
    assertThat(ingest.exit()).isEqualTo(1);
    assertThat(ingest.out()).contains("2 of 3 inputs could not be read");

    Run problems = run("problems", "--db", db);
    assertThat(problems.out()).contains("empty.txt").contains("blob.bin");
    Run events = run("events", "--db", db);
    assertThat(events.out()).contains("Lyon");
  }

  @Test
  void aFileThatIsNotAStoreIsRefusedAndLeftAlone() throws Exception {
    Path notADb = dir.resolve("notes.db");
    byte[] bytes = "my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
    Files.write(notADb, bytes);
    Run events = run("events", "--db", notADb.toString());
    assertThat(events.exit()).isEqualTo(3);
    assertThat(events.err()).contains("notes.db");
    assertThat(Files.readAllBytes(notADb)).isEqualTo(bytes);
  }

  @Test
  void exportWritesEachFormat() throws Exception {
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, "{\"text\":\"Students marched in Santiago, Chile on 16 May 2024 demanding free tuition.\","
        + "\"outlet\":\"Sample Wire\",\"published\":\"2024-05-17\"}\n");
    String db = dir.resolve("p.db").toString();
    assertThat(run("ingest", "--db", db, good.toString()).exit()).isZero();
    for (String format : List.of("jsonl", "csv", "geojson")) {
      Path out = dir.resolve("events." + format);
      assertThat(run("export", "--db", db, "--format", format, "--out", out.toString()).exit()).isZero();
      assertThat(Files.readString(out)).contains("Santiago");
    }
  }

  @Test
  void oneEventToldByTwoOutletsIsOneMultiSourceEventThatCanBeSplitAndMoved() throws Exception {
    Path reports = dir.resolve("two.jsonl");
    Files.writeString(reports,
        "{\"text\":\"Dock workers marched in Valparaiso, Chile on 4 March 2024 against pension cuts.\","
        + "\"outlet\":\"Harbour Daily\",\"published\":\"2024-03-05\"}\n"
        + "{\"text\":\"Hundreds of dock workers marched through Valparaiso, Chile, on 4 March 2024 to protest pension cuts.\","
        + "\"outlet\":\"Coast Herald\",\"published\":\"2024-03-05\"}\n");
    String db = dir.resolve("p.db").toString();
    assertThat(run("ingest", "--db", db, reports.toString()).exit()).isZero();
    Run multi = run("events", "--db", db, "--verification", "multi-source");
    assertThat(multi.out()).contains("Valparaíso").contains("1 event(s)");

    Path moved = dir.resolve("events.native.jsonl");
    assertThat(run("export", "--db", db, "--format", "native", "--out", moved.toString()).exit()).isZero();
    String other = dir.resolve("other.db").toString();
    Run load = run("load", "--db", other, moved.toString());
    assertThat(load.exit()).isZero();
    assertThat(run("events", "--db", other, "--verification", "multi-source").out()).contains("1 event(s)");

    String id = Files.readAllLines(moved).get(0).replaceAll(".*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(run("events", "members", "--db", db, id).out()).contains("matches");
    assertThat(run("events", "split", "--db", db, id).exit()).isZero();
    assertThat(run("events", "--db", db, "--country", "CL").out()).contains("2 event(s)");
    assertThat(run("events", "--db", db, "--verification", "multi-source").out()).contains("0 event(s)");
  }
}
