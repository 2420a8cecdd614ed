// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Latency of filtered {@code /api/events} queries sent one at a time, as one user's page sends them: the first
 * query (which may read the store), then warm-up queries that are not counted, then the timed ones.
 */
public final class QueryBenchmark {

  /** What a run measured, in milliseconds. */
  public record Result(int storedEvents, double firstQueryMs, int queries, Latencies latencies) {}

  private QueryBenchmark() {}

  /** Runs {@code warmup} then {@code queries} filtered queries against {@code base}. */
  public static Result run(URI base, int warmup, int queries) throws IOException, InterruptedException {
    if (queries < 1 || warmup < 0) {
      throw new IllegalArgumentException("queries must be positive and warmup not negative");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    QueryMix mix = new QueryMix(42, java.util.List.of());
    long t0 = System.nanoTime();
    String first = get(http, base.resolve("/api/events?limit=1"));
    double firstMs = (System.nanoTime() - t0) / 1e6;
    int total = new ObjectMapper().readTree(first).path("total").asInt();
    for (int i = 0; i < warmup; i++) {
      get(http, base.resolve(mix.filteredPage()));
    }
    long[] nanos = new long[queries];
    for (int i = 0; i < queries; i++) {
      URI uri = base.resolve(mix.filteredPage());
      long start = System.nanoTime();
      get(http, uri);
      nanos[i] = System.nanoTime() - start;
    }
    return new Result(total, firstMs, queries, Latencies.of(nanos));
  }

  private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException(uri + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }
}
