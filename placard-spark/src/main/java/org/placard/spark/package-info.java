// SPDX-License-Identifier: Apache-2.0
/**
 * The pipeline on Apache Spark: reports read in parallel, each processed by core's {@code Pipeline}, then
 * events merged across reports in blocks that cannot hold a match between them, and written as JSON Lines
 * (the export contract) and Parquet. Only {@link org.placard.spark.PlacardSparkJob} touches Spark's types.
 */
package org.placard.spark;
