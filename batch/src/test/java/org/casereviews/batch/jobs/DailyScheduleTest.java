package org.casereviews.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {

  @Test
  void aTimeOfDayRunsTheJobDailyAtThatTimeInEngland() {
    ScheduleExpression expression = DailySchedule.expression(daily(" 06:30 ").orElseThrow());

    assertEquals("6", expression.getHour());
    assertEquals("30", expression.getMinute());
    assertEquals("0", expression.getSecond());
    assertEquals("*", expression.getDayOfWeek());
    assertEquals("Europe/London", expression.getTimezone());
  }

  @Test
  void offMeansNoSchedule() {
    assertEquals(Optional.empty(), daily("OFF"));
  }

  @Test
  void anythingElseIsRefusedWithWhatToWrite() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> daily("6.30am"));

    assertEquals(
        "casereviews.archive.schedule is '6.30am': give a time of day such as 06:30, or off. The"
            + " archive is not scheduled.",
        refused.getMessage());
    assertEquals(LocalTime.of(23, 5), daily("23:05").orElseThrow());
  }

  private static Optional<LocalTime> daily(String value) {
    return DailySchedule.dailyTime("casereviews.archive.schedule", value, "The archive is");
  }

  @Test
  void aTimerFiringOnTimeRunsForThatDaysSlot() {
    assertEquals(
        LocalDateTime.of(2026, 12, 1, 3, 0),
        DailySchedule.slotNear(LocalTime.of(3, 0), Instant.parse("2026-12-01T03:00:00.250Z")));
  }

  @Test
  void inSummerTheSlotIsEnglishTimeNotUtc() {
    assertEquals(
        LocalDateTime.of(2026, 7, 1, 3, 0),
        DailySchedule.slotNear(LocalTime.of(3, 0), Instant.parse("2026-07-01T02:00:01Z")));
  }

  @Test
  void clocksAMinuteEitherSideOfMidnightNameTheSameSlot() {
    LocalTime midnight = LocalTime.MIDNIGHT;
    LocalDateTime slot = LocalDateTime.of(2026, 12, 2, 0, 0);

    assertEquals(slot, DailySchedule.slotNear(midnight, Instant.parse("2026-12-01T23:59:00Z")));
    assertEquals(slot, DailySchedule.slotNear(midnight, Instant.parse("2026-12-02T00:01:00Z")));
  }

  @Test
  void clocksHoursApartStillNameTheSameSlot() {
    LocalTime time = LocalTime.of(6, 30);
    LocalDateTime slot = LocalDateTime.of(2026, 12, 1, 6, 30);

    assertEquals(slot, DailySchedule.slotNear(time, Instant.parse("2026-12-01T01:00:00Z")));
    assertEquals(slot, DailySchedule.slotNear(time, Instant.parse("2026-12-01T17:00:00Z")));
  }

  @Test
  void aTimeThatHappensTwiceWhenTheClocksGoBackIsOneSlot() {
    LocalTime time = LocalTime.of(1, 30);
    LocalDateTime slot = LocalDateTime.of(2026, 10, 25, 1, 30);

    // 01:30 BST and 01:30 GMT on 25 October 2026
    assertEquals(slot, DailySchedule.slotNear(time, Instant.parse("2026-10-25T00:30:00Z")));
    assertEquals(slot, DailySchedule.slotNear(time, Instant.parse("2026-10-25T01:30:00Z")));
  }
}
