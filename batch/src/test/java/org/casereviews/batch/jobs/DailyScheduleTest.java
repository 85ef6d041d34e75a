package org.casereviews.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
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
}
