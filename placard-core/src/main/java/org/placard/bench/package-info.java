// SPDX-License-Identifier: Apache-2.0
/**
 * Throughput: reads a corpus of real news text into reports ({@link org.placard.bench.CorpusReader}) and
 * times a pipeline over it on every core ({@link org.placard.bench.Bench}), optionally against a baseline
 * pipeline found on the classpath ({@link org.placard.bench.Baseline}).
 */
package org.placard.bench;
