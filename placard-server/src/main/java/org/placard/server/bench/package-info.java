// SPDX-License-Identifier: Apache-2.0
/**
 * Benchmarks of the server over HTTP on loopback: a store filled with generated events
 * ({@link org.placard.server.bench.GeneratedStore}), the queries the web page sends
 * ({@link org.placard.server.bench.QueryMix}), their latency one at a time
 * ({@link org.placard.server.bench.QueryBenchmark}) and under many concurrent clients
 * ({@link org.placard.server.bench.LoadTest}). The CLI runs them as {@code placard bench api} and
 * {@code placard bench load}.
 */
package org.placard.server.bench;
