package org.casereviews.cdop.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;
import org.junit.jupiter.api.Test;

/** The text COPY reads: a field holding a tab, a newline or a backslash stays one field. */
class PostgresCopyTest {

  private static final LocalDate BORN = LocalDate.of(2020, 3, 1);

  @Test
  void everyFieldInOrderWithNoValueAsBackslashN() {
    StringBuilder text = new StringBuilder();
    PostgresCopy.line(
        text,
        7,
        new NotificationRow(
            12,
            "GP",
            "R-1",
            null,
            "Smith",
            "Alex",
            Sex.FEMALE,
            BORN,
            BORN.plusDays(40),
            PlaceOfDeath.HOSPITAL,
            "B2 2DR",
            Ethnicity.A,
            DeathExpectation.UNEXPECTED,
            true,
            null));

    assertEquals(
        "7\t12\tGP\tR-1\t\\N\tSmith\tAlex\tFEMALE\t2020-03-01\t2020-04-10\t40\tHOSPITAL\tB2 2DR"
            + "\tA\tUNEXPECTED\tt\t\\N\n",
        text.toString());
  }

  @Test
  void tabsNewlinesAndBackslashesInANameAreEscaped() {
    StringBuilder text = new StringBuilder();
    PostgresCopy.line(
        text,
        1,
        new NotificationRow(
            2,
            "GP",
            "R\\2",
            "9434765919",
            "O'Neil\tJones",
            "Mary\r\nAnn",
            Sex.MALE,
            BORN,
            BORN.plusYears(1),
            null,
            null,
            null,
            null,
            false,
            BORN.plusYears(1)));

    assertEquals(
        "1\t2\tGP\tR\\\\2\t9434765919\tO'Neil\\tJones\tMary\\r\\nAnn\tMALE\t2020-03-01"
            + "\t2021-03-01\t365\t\\N\t\\N\t\\N\t\\N\tf\t2021-03-01\n",
        text.toString());
  }
}
