package org.casereviews.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JobProgressTest {

  private final JobProgress progress = new JobProgress();

  @Test
  void aRunThatPublishesNothingHasNoPercentage() {
    assertTrue(progress.percentDone(7).isEmpty());
  }

  @Test
  void itemsDoneOutOfAllBecomeAPercentageUntilTheRunIsCleared() {
    progress.publish(7, 1, 3);
    assertEquals(OptionalInt.of(33), progress.percentDone(7));

    progress.publish(7, 3, 3);
    assertEquals(OptionalInt.of(100), progress.percentDone(7));

    progress.clear(7);
    assertTrue(progress.percentDone(7).isEmpty());
  }

  @Test
  void aPercentageStaysBetweenNoneAndAll() {
    progress.publish(8, 140);
    assertEquals(OptionalInt.of(100), progress.percentDone(8));
    progress.publish(8, -5);
    assertEquals(OptionalInt.of(0), progress.percentDone(8));
  }

  @Test
  void nothingIsPublishedWhileTheTotalIsUnknown() {
    progress.publish(9, 0, 0);
    assertTrue(progress.percentDone(9).isEmpty());
  }
}
