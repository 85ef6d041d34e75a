package org.casereviews.shared.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bank holidays of England and Wales, from the rules that set them and the one-off changes
 * proclaimed over the years (royal weddings and jubilees, the 2020 VE-day move, the 2022 state
 * funeral, the 2023 coronation). The application ships these for 2010 to 2030; partnership
 * administrators can load the official list on top when it changes.
 */
public final class BankHolidays {

  public static final int FIRST_YEAR = 2010;
  public static final int LAST_YEAR = 2030;

  /** Days added by proclamation. */
  private static final Map<LocalDate, String> ADDED =
      Map.of(
          LocalDate.of(2011, 4, 29), "Royal wedding",
          LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee",
          LocalDate.of(2022, 6, 3), "Queen's Platinum Jubilee",
          LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II",
          LocalDate.of(2023, 5, 8), "Coronation of King Charles III");

  /** Regular bank holidays moved to another day that year. */
  private static final Map<LocalDate, LocalDate> MOVED =
      Map.of(
          LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
          LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
          LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

  private BankHolidays() {}

  /** Every bank holiday of the years, by date, with its name. */
  public static NavigableMap<LocalDate, String> between(int firstYear, int lastYear) {
    NavigableMap<LocalDate, String> days = new TreeMap<>();
    for (int year = firstYear; year <= lastYear; year++) {
      addYear(year, days);
    }
    ADDED.forEach(
        (date, name) -> {
          if (date.getYear() >= firstYear && date.getYear() <= lastYear) {
            days.put(date, name);
          }
        });
    return days;
  }

  private static void addYear(int year, NavigableMap<LocalDate, String> days) {
    LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
    LocalDate newYearTaken = substitute(newYear, days);
    put(
        days,
        newYearTaken,
        newYearTaken.equals(newYear) ? "New Year's Day" : "New Year's Day (substitute day)");
    LocalDate easter = easterSunday(year);
    put(days, easter.minusDays(2), "Good Friday");
    put(days, easter.plusDays(1), "Easter Monday");
    LocalDate may = LocalDate.of(year, Month.MAY, 1);
    put(days, may.with(firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
    put(days, may.with(lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
    put(
        days,
        LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(DayOfWeek.MONDAY)),
        "Summer bank holiday");
    LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
    if (christmas.getDayOfWeek() == DayOfWeek.SUNDAY) {
      // Boxing Day keeps its Monday; Christmas Day is taken on the Tuesday
      put(days, christmas.plusDays(1), "Boxing Day");
      put(days, christmas.plusDays(2), "Christmas Day (substitute day)");
    } else {
      LocalDate christmasTaken = substitute(christmas, days);
      put(
          days,
          christmasTaken,
          christmasTaken.equals(christmas) ? "Christmas Day" : "Christmas Day (substitute day)");
      LocalDate boxingTaken = substitute(christmas.plusDays(1), days);
      put(
          days,
          boxingTaken,
          boxingTaken.equals(christmas.plusDays(1)) ? "Boxing Day" : "Boxing Day (substitute day)");
    }
  }

  private static void put(NavigableMap<LocalDate, String> days, LocalDate date, String name) {
    days.put(MOVED.getOrDefault(date, date), name);
  }

  /** A holiday that falls on a weekend is taken on the next weekday not already a holiday. */
  private static LocalDate substitute(LocalDate date, NavigableMap<LocalDate, String> taken) {
    LocalDate day = date;
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || taken.containsKey(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
