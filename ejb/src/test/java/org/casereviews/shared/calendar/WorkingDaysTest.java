package org.casereviews.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Statutory deadlines counted in working days across Christmas, Easter and the 2020 VE-day move.
 */
class WorkingDaysTest {

  private final WorkingDays days =
      new WorkingDays(
          BankHolidays.between(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR).keySet());

  @Test
  void fiveWorkingDaysAcrossChristmas() {
    // aware on Friday 20 December 2024: 23, 24, (25, 26 bank holidays), 27, 30, 31
    assertEquals(LocalDate.of(2024, 12, 31), days.plus(LocalDate.of(2024, 12, 20), 5));
  }

  @Test
  void fiveWorkingDaysAcrossEaster() {
    // aware on Thursday 17 April 2025: (18 Good Friday, 21 Easter Monday) 22, 23, 24, 25, 28
    assertEquals(LocalDate.of(2025, 4, 28), days.plus(LocalDate.of(2025, 4, 17), 5));
  }

  @Test
  void in2020TheEarlyMayHolidayWasFridayTheEighth() {
    assertTrue(days.isWorkingDay(LocalDate.of(2020, 5, 4)));
    assertFalse(days.isWorkingDay(LocalDate.of(2020, 5, 8)));
    // aware on Monday 4 May 2020: 5, 6, 7, (8 VE day), 11, 12
    assertEquals(LocalDate.of(2020, 5, 12), days.plus(LocalDate.of(2020, 5, 4), 5));
  }

  @Test
  void fifteenWorkingDaysForARapidReview() {
    // notified on Monday 1 December 2025: 15 working days, Christmas and Boxing Day skipped
    assertEquals(LocalDate.of(2025, 12, 22), days.plus(LocalDate.of(2025, 12, 1), 15));
    assertEquals(LocalDate.of(2026, 1, 7), days.plus(LocalDate.of(2025, 12, 12), 15));
  }

  @Test
  void daysLeftTurnIntoDaysOverdue() {
    LocalDate due = LocalDate.of(2024, 12, 31);

    assertEquals(3, days.between(LocalDate.of(2024, 12, 24), due));
    assertEquals(0, days.between(due, due));
    assertEquals(-2, days.between(LocalDate.of(2025, 1, 3), due));
  }

  @Test
  void zeroDaysIsTheDayItself() {
    LocalDate saturday = LocalDate.of(2025, 6, 7);

    assertEquals(saturday, days.plus(saturday, 0));
    assertFalse(days.isWorkingDay(saturday));
  }

  @Test
  void sevenWorkingDaysBeforeAPublicationAfterEaster() {
    // published Thursday 24 April 2025: 14, 15, 16, 17, (18 Good Friday, 21 Easter Monday) 22, 23,
    // 24 are the seven working days, so the report goes by Friday 11 April
    LocalDate due = days.minus(LocalDate.of(2025, 4, 24), 7);

    assertEquals(LocalDate.of(2025, 4, 11), due);
    assertEquals(LocalDate.of(2025, 4, 24), days.plus(due, 7));
  }

  @Test
  void aDateThatIsNotAWorkingDayComesBackToTheLastOneBeforeIt() {
    assertEquals(LocalDate.of(2025, 6, 6), days.onOrBefore(LocalDate.of(2025, 6, 7)));
    assertEquals(LocalDate.of(2025, 4, 17), days.onOrBefore(LocalDate.of(2025, 4, 21)));
    assertEquals(LocalDate.of(2025, 6, 4), days.onOrBefore(LocalDate.of(2025, 6, 4)));
  }
}
