// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.placard.server.bench.Latencies;
import org.placard.server.bench.QueryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard bench api}: how fast the API answers the web page's filtered queries over many events. */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"Time filtered /api/events queries, one at a time, over a store of generated events served on "
        + "loopback; prints a table, then one JSON object (stored_events, first_query_ms, queries, median_ms, "
        + "p90_ms, p95_ms, p99_ms, max_ms) as the last line."})
final class BenchApiCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "Store to fill (only when it holds no events) and serve; default: a temporary file.")
  String db;

  @Option(names = "--events", defaultValue = "100000", description = "Events to generate (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--queries", defaultValue = "300", description = "Timed queries (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--warmup", defaultValue = "100", description = "Queries before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (GeneratedServer subject = new GeneratedServer(Optional.ofNullable(db), events, System.err)) {
      QueryBenchmark.Result r = QueryBenchmark.run(subject.base(), warmup, queries);
      Latencies l = r.latencies();
      out.printf(Locale.ROOT, "stored events      %,d (generated in %.1f s)%n", r.storedEvents(), subject.fillMs / 1e3);
      out.printf(Locale.ROOT, "first query        %.1f ms (reads the store)%n", r.firstQueryMs());
      out.printf(Locale.ROOT, "%d queries         median %.1f ms, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
          r.queries(), l.p50(), l.p90(), l.p95(), l.p99(), l.max());
      out.printf(Locale.ROOT, "{\"stored_events\":%d,\"generate_ms\":%d,\"first_query_ms\":%.1f,\"queries\":%d,"
              + "\"median_ms\":%.2f,\"p90_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}%n",
          r.storedEvents(), subject.fillMs, r.firstQueryMs(), r.queries(), l.p50(), l.p90(), l.p95(), l.p99(), l.max());
      return 0;
    }
  }
}
