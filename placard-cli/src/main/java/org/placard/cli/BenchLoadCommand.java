// SPDX-License-Identifier: Apache-2.0
package org.placard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.placard.bench.HeapSampler;
import org.placard.model.Event;
import org.placard.server.bench.Latencies;
import org.placard.server.bench.LoadTest;
import org.placard.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code placard bench load}: many concurrent clients against the server, a fixed number of requests. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Send a fixed number of requests (the web page's mix: filtered events, map points, counts, "
        + "single events) from many concurrent connections to a server over a store of generated events on "
        + "loopback; prints a table, then one JSON object (requests, connections, errors, requests_per_s, p50_ms, "
        + "p90_ms, p99_ms, max_ms, heap_mb_before, heap_mb_after, peak_heap_mb) as the last line.",
        "Client and server share this process and its cores, as wrk on the same machine would; heap figures are "
            + "of both."})
final class BenchLoadCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "Store to fill (only when it holds no events) and serve; default: a temporary file.")
  String db;

  @Option(names = "--events", defaultValue = "100000", description = "Events to generate (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(names = "--requests", defaultValue = "50000", description = "Requests in all (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--connections", defaultValue = "64", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (GeneratedServer subject = new GeneratedServer(Optional.ofNullable(db), events, System.err)) {
      List<String> ids = subject.store().events(EventQuery.all()).stream().limit(10_000).map(Event::id).toList();
      LoadTest.run(subject.base(), Math.min(requests, 2_000), Math.min(connections, 8), ids); // warm-up
      double before = usedAfterGc();
      LoadTest.Result r;
      double peak;
      try (HeapSampler heap = HeapSampler.start()) {
        r = LoadTest.run(subject.base(), requests, connections, ids);
        heap.close();
        peak = heap.peakMb();
      }
      double after = usedAfterGc();
      Latencies l = r.latencies();
      out.printf(Locale.ROOT, "requests        %,d from %d connections in %.1f s: %.0f requests/s, %.1f MB received%n",
          r.requests(), r.connections(), r.seconds(), r.requestsPerSecond(), r.bytes() / 1e6);
      out.printf(Locale.ROOT, "errors          %d (answers by status: %s; no answer: %d)%n", r.errors(), r.statuses(),
          r.failures());
      out.printf(Locale.ROOT, "latency         p50 %.1f ms, p90 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
          l.p50(), l.p90(), l.p95(), l.p99(), l.max());
      out.printf(Locale.ROOT, "heap            %.0f MiB before, %.0f MiB after (after GC), peak %.0f MiB%n",
          before, after, peak);
      out.printf(Locale.ROOT, "{\"requests\":%d,\"connections\":%d,\"errors\":%d,\"seconds\":%.2f,"
              + "\"requests_per_s\":%.1f,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,"
              + "\"max_ms\":%.2f,\"heap_mb_before\":%.0f,\"heap_mb_after\":%.0f,\"peak_heap_mb\":%.0f}%n",
          r.requests(), r.connections(), r.errors(), r.seconds(), r.requestsPerSecond(), l.p50(), l.p90(), l.p95(),
          l.p99(), l.max(), before, after, peak);
      return r.errors() == 0 ? 0 : 1;
    }
  }

  private static double usedAfterGc() {
    System.gc();
    return HeapSampler.usedNow() / (1024.0 * 1024.0);
  }
}
