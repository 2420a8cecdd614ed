// SPDX-License-Identifier: Apache-2.0
package org.placard.spark;

import org.apache.spark.Partitioner;

/** Sends every event of one {@link MergeKey#block()} to one partition, so the merge sees whole blocks. */
final class BlockPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;

  BlockPartitioner(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be positive: " + partitions);
    }
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return Math.floorMod(((MergeKey) key).block().hashCode(), partitions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BlockPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
