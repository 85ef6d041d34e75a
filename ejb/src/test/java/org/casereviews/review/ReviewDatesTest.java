package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Dates out of order are refused with the field and the rule named. */
class ReviewDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void becomingAwareBeforeTheIncidentIsRefused() {
    ReviewDates dates = new ReviewDates();
    dates.setIncidentOn(LocalDate.of(2026, 3, 10));
    dates.setAwareOn(LocalDate.of(2026, 3, 9));

    BusinessException refused = assertThrows(BusinessException.class, () -> dates.check(TODAY));

    assertEquals("awareOn", refused.getField());
    assertEquals(
        "Becoming aware (9 March 2026) cannot come before the incident (10 March 2026).",
        refused.getMessage());
  }

  @Test
  void publishingBeforeSignOffIsRefused() {
    ReviewDates dates = new ReviewDates();
    dates.setSignedOffOn(LocalDate.of(2026, 5, 5));
    dates.setPublishedOn(LocalDate.of(2026, 5, 4));

    BusinessException refused = assertThrows(BusinessException.class, () -> dates.check(TODAY));

    assertEquals("publishedOn", refused.getField());
    assertEquals(
        "Publication (4 May 2026) cannot come before sign-off (5 May 2026).", refused.getMessage());
  }

  @Test
  void somethingThatHasNotHappenedYetIsRefused() {
    ReviewDates dates = new ReviewDates();
    dates.setSignedOffOn(TODAY.plusDays(1));

    BusinessException refused = assertThrows(BusinessException.class, () -> dates.check(TODAY));

    assertEquals("signedOffOn", refused.getField());
  }

  @Test
  void aPlannedPublicationMayBeInTheFuture() {
    ReviewDates dates = new ReviewDates();
    dates.setInitiatedOn(TODAY.minusMonths(2));
    dates.setPlannedPublicationOn(TODAY.plusMonths(4));

    assertDoesNotThrow(() -> dates.check(TODAY));
  }
}
