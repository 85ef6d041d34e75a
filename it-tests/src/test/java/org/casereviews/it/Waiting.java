package org.casereviews.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for something a test cannot be told of, such as a batch run's end: by looking again. */
public final class Waiting {

  private Waiting() {}

  /**
   * Reads {@code read} every {@code pause} until what it read meets {@code reached}, and returns
   * that; fails saying it did not {@code what} once {@code limit} has passed.
   */
  public static <T> T until(
      Supplier<T> read, Predicate<T> reached, Duration limit, Duration pause, String what) {
    long until = System.currentTimeMillis() + limit.toMillis();
    while (System.currentTimeMillis() < until) {
      T seen = read.get();
      if (reached.test(seen)) {
        return seen;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(what + " within " + limit);
  }
}
