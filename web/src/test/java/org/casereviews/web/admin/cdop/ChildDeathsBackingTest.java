package org.casereviews.web.admin.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casereviews.cdop.AgeBand;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathExpectation;
import org.junit.jupiter.api.Test;

/** The exports take the filters applied to the list, not those typed since. */
class ChildDeathsBackingTest {

  @Test
  void theExportsCarryTheAppliedFiltersOnly() {
    ChildDeathsBacking list = new ChildDeathsBacking();
    list.setYear(2024);
    list.setCategory(DeathCategory.SUDDEN_UNEXPLAINED);
    list.setAgeBand(AgeBand.UNDER_1_YEAR);
    list.setSourceRef("REG 12&3");
    list.apply();
    list.setExpected(DeathExpectation.UNEXPECTED);

    assertEquals(
        "year=2024&category=10&ageBand=UNDER_1_YEAR&sourceRef=REG+12%263", list.exportQuery(false));
    assertEquals(
        "year=2024&category=10&ageBand=UNDER_1_YEAR&sourceRef=REG+12%263&identifiers=true",
        list.exportQuery(true));
  }

  @Test
  void withNoFiltersTheExportHoldsEveryRecord() {
    assertEquals("", new ChildDeathsBacking().exportQuery(false));
  }
}
