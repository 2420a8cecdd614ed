// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.placard.export.ExportFormat;
import org.placard.ingest.SourceDefaults;
import org.placard.model.Event;
import org.placard.model.Form;
import org.placard.model.Place;
import org.placard.store.EventQuery;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard demo}: the whole job on the bundled sample, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample reports into the store (default ./placard.db), print a summary of "
        + "events by country, place and form and of problems, write exports to --out-dir, then serve the map on "
        + "http://127.0.0.1:7070/ until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
  private static final String SAMPLE = "/org/placard/cli/sample/";

  @Mixin StoreOption store;

  @Option(names = "--out-dir", defaultValue = "placard-out", description = "Where exports go (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Serve the map afterwards until Ctrl-C (default: serve; --no-serve to stop after the exports).")
  boolean serve;

  @Option(names = "--port", defaultValue = "7070", description = "Port for the map (default: ${DEFAULT-VALUE}).")
  int port;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path sample = unpackSample(outDir.resolve("sample"));
    out.printf("Placard demo: ingesting the bundled sample (%s) into %s%n", sample, store.location());
    try (EventStore db = store.open()) {
      IngestCommand.Run run = IngestCommand.run(db, List.of(sample.toString()),
          new SourceDefaults(Optional.empty(), Optional.empty(), Optional.empty()), 64,
          Runtime.getRuntime().availableProcessors());
      run.print(out, store.location());
      List<Event> events = db.events(EventQuery.all());
      summarise(out, events, db.problems().size());
      for (ExportFormat format : ExportFormat.values()) {
        Path file = outDir.resolve("events." + format.extension());
        ExportCommand.export(db, new EventFilter(), format, file);
        out.printf("Wrote %s%n", file);
      }
      if (serve) {
        ServeCommand.serveUntilStopped(db, "127.0.0.1", port, Optional.empty(), out);
      }
    }
    out.flush();
    return 0;
  }

  static void summarise(PrintWriter out, List<Event> events, int problems) {
    Map<String, Integer> countries = new TreeMap<>();
    Map<String, Integer> places = new TreeMap<>();
    Map<String, Integer> forms = new TreeMap<>();
    int references = 0;
    for (Event e : events) {
      if (e.reference()) {
        references++;
        continue;
      }
      countries.merge(e.place().map(p -> p.country() + " (" + p.countryCode() + ")").orElse("(no place)"), 1, Integer::sum);
      places.merge(e.place().map(Place::name).orElse("(no place)"), 1, Integer::sum);
      for (Form f : e.forms()) {
        forms.merge(f.label(), 1, Integer::sum);
      }
    }
    out.printf("%nEvents: %d new, %d past events mentioned as background.%n", events.size() - references, references);
    print(out, "By country", countries);
    print(out, "By place", places);
    print(out, "By form", forms);
    out.printf("Problems: %d (see: placard problems)%n%n", problems);
  }

  private static void print(PrintWriter out, String title, Map<String, Integer> counts) {
    List<String> cells = new ArrayList<>();
    counts.forEach((k, v) -> cells.add(k + " " + v));
    out.printf("  %-11s %s%n", title + ":", String.join(", ", cells));
  }

  /** Copies the bundled sample out of the jar, so that it is read like any user's folder. */
  static Path unpackSample(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (InputStream index = DemoCommand.class.getResourceAsStream(SAMPLE + "index.txt")) {
      if (index == null) {
        throw new IOException("the bundled sample is missing from this build");
      }
      for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (name.isBlank()) {
          continue;
        }
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE + name.strip())) {
          Files.write(dir.resolve(name.strip()), in.readAllBytes());
        }
      }
    }
    return dir;
  }
}
