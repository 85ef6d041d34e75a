package org.casereviews.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Counts working days: Monday to Friday, not a bank holiday. Statutory deadlines are counted from
 * the day of the event itself, which is day 0: a notification due "within 5 working days" of
 * becoming aware on Friday 20 December 2024 is due on Tuesday 31 December 2024.
 */
public final class WorkingDays {

  private final NavigableSet<LocalDate> holidays;

  public WorkingDays(Collection<LocalDate> holidays) {
    this.holidays = new TreeSet<>(holidays);
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /** The date that is {@code count} working days after {@code start} (start is day 0). */
  public LocalDate plus(LocalDate start, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate date = start;
    for (int counted = 0; counted < count; ) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The latest working day that has {@code count} working days after it up to and including {@code
   * end}: a report due "7 working days before publication" on {@code end} is due then.
   */
  public LocalDate minus(LocalDate end, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate date = end;
    for (int counted = 0; counted < count; date = date.minusDays(1)) {
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return onOrBefore(date);
  }

  /** {@code date} itself when it is a working day, else the last working day before it. */
  public LocalDate onOrBefore(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /**
   * Working days from {@code from} to {@code to}: after {@code from}, up to and including {@code
   * to}. Negative when {@code to} is earlier, so that "days left" turns into "days overdue".
   */
  public int between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }
}
