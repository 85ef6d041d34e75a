package org.casereviews.api;

import jakarta.ws.rs.QueryParam;
import org.casereviews.cdop.AgeBand;
import org.casereviews.cdop.CdopStatus;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.Modifiable;
import org.casereviews.shared.BusinessException;

/**
 * The query parameters that filter a list or an export of child deaths, read into criteria with a
 * clear refusal for a value the API does not know.
 */
public class ChildDeathQuery {

  @QueryParam("year")
  private Integer year;

  @QueryParam("category")
  private Integer category;

  @QueryParam("status")
  private String status;

  @QueryParam("ageBand")
  private String ageBand;

  @QueryParam("expected")
  private String expected;

  @QueryParam("modifiable")
  private String modifiable;

  @QueryParam("sourceRef")
  private String sourceRef;

  ChildDeathCriteria criteria() {
    return new ChildDeathCriteria(
        year,
        category == null ? null : category(category),
        blank(status) ? null : parse(CdopStatus.class, status, "status"),
        blank(ageBand) ? null : parse(AgeBand.class, ageBand, "ageBand"),
        blank(expected) ? null : expectation(expected),
        blank(modifiable) ? null : parse(Modifiable.class, modifiable, "modifiable"),
        blank(sourceRef) ? null : sourceRef);
  }

  private static DeathCategory category(int number) {
    return DeathCategory.ofNumber(number)
        .orElseThrow(
            () -> new BusinessException("category", "The category is a number from 1 to 10."));
  }

  /** Y, N, U as in the import file, or EXPECTED, UNEXPECTED, UNKNOWN. */
  private static DeathExpectation expectation(String text) {
    return DeathExpectation.ofCode(text)
        .orElseGet(
            () ->
                Enums.parse(
                    DeathExpectation.class,
                    text,
                    "expected",
                    "Y, N, U or " + Enums.names(DeathExpectation.class)));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    return Enums.parse(type, text, field, Enums.names(type));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
