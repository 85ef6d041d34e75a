package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

  @Test
  void aTimeOfDayRunsTheRemindersDailyAtThatTimeInEngland() {
    ScheduleExpression expression =
        ReminderSchedule.expression(ReminderSchedule.dailyTime(" 06:30 ").orElseThrow());

    assertEquals("6", expression.getHour());
    assertEquals("30", expression.getMinute());
    assertEquals("0", expression.getSecond());
    assertEquals("*", expression.getDayOfWeek());
    assertEquals("Europe/London", expression.getTimezone());
  }

  @Test
  void offMeansNoSchedule() {
    assertEquals(Optional.empty(), ReminderSchedule.dailyTime("OFF"));
  }

  @Test
  void anythingElseIsRefusedWithWhatToWrite() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.dailyTime("6.30am"));

    assertTrue(refused.getMessage().contains("such as 06:30, or off"), refused.getMessage());
    assertEquals(LocalTime.of(23, 5), ReminderSchedule.dailyTime("23:05").orElseThrow());
  }
}
