// SPDX-License-Identifier: Apache-2.0
package org.placard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap during a run: a daemon thread samples the used heap every few milliseconds and keeps the
 * highest value; the heap pools' own peak counters, reset at the start, give an upper bound (pools peak at
 * different moments, so their sum overstates). Start with {@link #start()}, read after {@link #close()}.
 */
public final class HeapSampler implements AutoCloseable {
  private static final long PERIOD_MS = 5;
  private static final double MB = 1024.0 * 1024.0;
  private final AtomicLong peakUsed = new AtomicLong();
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final Thread thread = new Thread(this::sample, "heap-sampler");
  private volatile boolean running = true;

  /** Collects garbage, so that the peak is of this run and not of what came before, and starts sampling. */
  public static HeapSampler start() {
    System.gc();
    HeapSampler sampler = new HeapSampler();
    sampler.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler.thread.setDaemon(true);
    sampler.thread.start();
    return sampler;
  }

  private void sample() {
    while (running) {
      peakUsed.accumulateAndGet(usedNow(), Math::max);
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The heap in use now, in bytes. */
  public static long usedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The highest heap use sampled, in MiB. */
  public double peakMb() {
    return peakUsed.get() / MB;
  }

  /** The sum of the heap pools' peaks, in MiB: an upper bound of the true peak. */
  double poolPeaksMb() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    peakUsed.accumulateAndGet(usedNow(), Math::max);
  }
}
