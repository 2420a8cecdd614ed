// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.placard.export.EventJson;
import org.placard.model.Event;
import org.placard.model.Problem;
import org.placard.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code placard load}: events extracted elsewhere (the Spark job) into a store, merged as ingest merges. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Load events in Placard's lossless JSON Lines form into the store, merging them with what it holds.",
        "PATH is a file, or a folder such as a Spark job's output (its events-native.jsonl/part-* files are read)."})
final class LoadCommand implements Callable<Integer> {
  private static final int BATCH = 1000;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of event lines.")
  List<Path> paths;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long loaded = 0;
    List<Problem> problems = new ArrayList<>();
    try (EventStore db = store.open()) {
      for (Path file : files()) {
        List<Event> batch = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          int n = 0;
          while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
              continue;
            }
            try {
              batch.add(EventJson.read(line));
            } catch (IllegalArgumentException e) {
              problems.add(Problem.ofInput(file + ":" + n, "load", file + ":" + n + ": not an event: " + e.getMessage()));
            }
            if (batch.size() >= BATCH) {
              db.load(batch);
              loaded += batch.size();
              batch.clear();
            }
          }
        }
        db.load(batch);
        loaded += batch.size();
      }
      db.save(List.of(), problems);
      out.printf("Loaded %d event(s); %d line(s) could not be read (placard problems). The store holds %d event(s).%n",
          loaded, problems.size(), db.eventCount());
      return problems.isEmpty() ? 0 : PlacardCommand.EXIT_SOME_UNREADABLE;
    }
  }

  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      Path root = Files.isDirectory(p.resolve("events-native.jsonl")) ? p.resolve("events-native.jsonl") : p;
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().startsWith("part-") || f.getFileName().toString().endsWith(".jsonl"))
            .sorted().forEach(files::add);
      }
    }
    return files;
  }
}
