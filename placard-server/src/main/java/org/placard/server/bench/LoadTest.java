// SPDX-License-Identifier: Apache-2.0
package org.placard.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run: {@code connections} client threads on one HTTP/1.1 client send the {@link QueryMix} to a
 * server until exactly {@code requests} requests were sent, each waiting for its answer before the next (a closed
 * loop, as wrk does), and record every latency. An error is an answer other than 200, or no answer within the
 * timeout. The body is read whole, so a slow body counts in the latency.
 */
public final class LoadTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** What a run measured. {@code statuses} counts answers by HTTP status; failures are requests with none. */
  public record Result(int requests, int connections, long errors, Map<Integer, Long> statuses, long failures,
      double seconds, double requestsPerSecond, long bytes, Latencies latencies) {}

  private LoadTest() {}

  /** Runs {@code requests} requests from {@code connections} concurrent clients against {@code base}. */
  public static Result run(URI base, int requests, int connections, List<String> eventIds)
      throws InterruptedException {
    if (requests < 1 || connections < 1) {
      throw new IllegalArgumentException("requests and connections must be positive");
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    AtomicInteger issued = new AtomicInteger();
    AtomicLong failures = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    long[] latencies = new long[requests];
    List<Thread> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      QueryMix mix = new QueryMix(1000L + c, eventIds);
      Thread client = new Thread(() -> {
        for (int n = issued.getAndIncrement(); n < requests; n = issued.getAndIncrement()) {
          HttpRequest request = HttpRequest.newBuilder(base.resolve(mix.next())).timeout(TIMEOUT).GET().build();
          long sent = System.nanoTime();
          try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            bytes.addAndGet(answer.body().length);
            statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicLong()).incrementAndGet();
          } catch (IOException e) {
            failures.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies[n] = System.nanoTime() - sent;
        }
      }, "load-client-" + c);
      clients.add(client);
      client.start();
    }
    for (Thread client : clients) {
      client.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<Integer, Long> counted = new TreeMap<>();
    statuses.forEach((status, n) -> counted.put(status, n.get()));
    long ok = counted.getOrDefault(200, 0L);
    return new Result(requests, connections, requests - ok, counted, failures.get(), seconds, requests / seconds,
        bytes.get(), Latencies.of(latencies));
  }
}
