package org.casereviews.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules checked against the published bank holidays of England and Wales, 2010 to 2030. */
class BankHolidaysTest {

  /** As published (dates only), year by year. */
  private static final Map<Integer, String> PUBLISHED =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry(2010, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28"),
              Map.entry(2011, "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27"),
              Map.entry(2012, "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26"),
              Map.entry(2013, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"),
              Map.entry(2014, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"),
              Map.entry(2015, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"),
              Map.entry(2016, "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27"),
              Map.entry(2017, "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26"),
              Map.entry(2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26"),
              Map.entry(2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26"),
              Map.entry(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28"),
              Map.entry(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28"),
              Map.entry(2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27"),
              Map.entry(2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"),
              Map.entry(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"),
              Map.entry(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"),
              Map.entry(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"),
              Map.entry(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28"),
              Map.entry(2028, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26"),
              Map.entry(2029, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26"),
              Map.entry(2030, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26")));

  @Test
  void everyYearMatchesThePublishedList() {
    for (Map.Entry<Integer, String> year : PUBLISHED.entrySet()) {
      List<LocalDate> expected =
          List.of(year.getValue().split(" ")).stream()
              .map(day -> LocalDate.parse(year.getKey() + "-" + day))
              .toList();

      assertEquals(
          expected,
          List.copyOf(BankHolidays.between(year.getKey(), year.getKey()).keySet()),
          "bank holidays of " + year.getKey());
    }
  }

  @Test
  void substituteDaysAreNamedAsSuch() {
    Map<LocalDate, String> year2022 = BankHolidays.between(2022, 2022);

    assertEquals("Boxing Day", year2022.get(LocalDate.of(2022, 12, 26)));
    assertEquals("Christmas Day (substitute day)", year2022.get(LocalDate.of(2022, 12, 27)));
    assertEquals("New Year's Day (substitute day)", year2022.get(LocalDate.of(2022, 1, 3)));
    assertEquals("State Funeral of Queen Elizabeth II", year2022.get(LocalDate.of(2022, 9, 19)));
  }

  @Test
  void easterSundays() {
    assertEquals(LocalDate.of(2019, 4, 21), BankHolidays.easterSunday(2019));
    assertEquals(LocalDate.of(2024, 3, 31), BankHolidays.easterSunday(2024));
    assertEquals(LocalDate.of(2038, 4, 25), BankHolidays.easterSunday(2038));
  }
}
