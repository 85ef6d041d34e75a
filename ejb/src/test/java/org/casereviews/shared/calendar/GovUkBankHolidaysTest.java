package org.casereviews.shared.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Reading the official bank-holidays.json, in the layout the UK government publishes. */
class GovUkBankHolidaysTest {

  private static final String PUBLISHED_LAYOUT =
      """
      {"england-and-wales":{"division":"england-and-wales","events":[
        {"title":"New Year’s Day","date":"2026-01-01","notes":"","bunting":true},
        {"title":"Good Friday","date":"2026-04-03","notes":"","bunting":false},
        {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true}]},
       "scotland":{"division":"scotland","events":[
        {"title":"2nd January","date":"2026-01-02","notes":"","bunting":true}]},
       "northern-ireland":{"division":"northern-ireland","events":[]}}
      """;

  @Test
  void readsEnglandAndWalesOnly() {
    Map<LocalDate, String> days = GovUkBankHolidays.read(new StringReader(PUBLISHED_LAYOUT));

    assertEquals(3, days.size());
    assertEquals("Good Friday", days.get(LocalDate.of(2026, 4, 3)));
    assertTrue(!days.containsKey(LocalDate.of(2026, 1, 2)), "Scotland's 2nd January is not ours");
  }

  @Test
  void everyBadEventIsNamedAndNothingIsRead() {
    String json =
        """
        {"england-and-wales":{"events":[
          {"title":"Fine","date":"2026-01-01"},
          {"title":"","date":"2026-04-03"},
          {"title":"Wrong date","date":"03/04/2026"}]}}
        """;

    BusinessException refused =
        assertThrows(BusinessException.class, () -> GovUkBankHolidays.read(new StringReader(json)));

    assertTrue(refused.getMessage().contains("event 2 has no title"), refused.getMessage());
    assertTrue(refused.getMessage().contains("event 3 (Wrong date)"), refused.getMessage());
  }

  @Test
  void otherFilesAreRefusedWithOneClearReason() {
    assertThrows(
        BusinessException.class, () -> GovUkBankHolidays.read(new StringReader("not json")));
    assertThrows(BusinessException.class, () -> GovUkBankHolidays.read(new StringReader("[1,2]")));
    BusinessException noDivision =
        assertThrows(
            BusinessException.class,
            () -> GovUkBankHolidays.read(new StringReader("{\"scotland\":{}}")));
    assertTrue(noDivision.getMessage().contains("england-and-wales"));
  }
}
