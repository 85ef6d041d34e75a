package org.casereviews.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap of the JVM it runs in (the server's, in an in-container benchmark) every 200 ms
 * in a thread of its own, from a baseline taken after a full collection. Two peaks are kept: of the
 * heap in use at any moment, garbage included (which the collector lets grow towards the heap's
 * maximum when it has room), and of the heap still in use after each collection (what the work
 * really holds on to).
 */
final class HeapSampler implements AutoCloseable {

  private static final long EVERY_MS = 200;

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();
  private final long baseline;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  private HeapSampler() {
    System.gc();
    System.gc();
    baseline = used();
    peakUsed = baseline;
    peakAfterGc = baseline;
    thread = new Thread(this::sample, "bench-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** Collects the garbage, takes the baseline and starts sampling. */
  static HeapSampler start() {
    return new HeapSampler();
  }

  private void sample() {
    while (running) {
      peakUsed = Math.max(peakUsed, used());
      peakAfterGc = Math.max(peakAfterGc, afterLastCollection());
      try {
        Thread.sleep(EVERY_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The heap in use right after the last collection of each pool. */
  private long afterLastCollection() {
    long sum = 0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage usage = pool.getCollectionUsage();
      sum += usage == null ? 0 : usage.getUsed();
    }
    return sum;
  }

  /** The most the heap in use grew above the baseline, garbage included, in MB. */
  long peakGrowthMb() {
    return (peakUsed - baseline) >> 20;
  }

  /** The most the heap still in use after a collection grew above the baseline, in MB. */
  long peakLiveGrowthMb() {
    return Math.max(0, peakAfterGc - baseline) >> 20;
  }

  long baselineMb() {
    return baseline >> 20;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
