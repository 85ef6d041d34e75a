package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The lifecycle allows only the moves DOMAIN.md describes, and each move dates its stage. */
class ReviewLifecycleTest {

  @Test
  void anLcsprRunsFromCommissioningToTheArchive() {
    Review review = ReviewDeadlinesTest.review(ReviewType.LCSPR, ReviewStatus.COMMISSIONED);

    review.moveTo(ReviewStatus.IN_PROGRESS, LocalDate.of(2025, 3, 3), null);
    review.moveTo(ReviewStatus.DRAFT, LocalDate.of(2025, 6, 2), null);
    review.moveTo(ReviewStatus.SIGNED_OFF, LocalDate.of(2025, 7, 1), null);
    review.moveTo(ReviewStatus.SENT_BEFORE_PUBLICATION, LocalDate.of(2025, 7, 2), null);
    review.moveTo(ReviewStatus.PUBLISHED, LocalDate.of(2025, 7, 15), null);
    review.moveTo(ReviewStatus.ARCHIVED, LocalDate.of(2028, 7, 16), null);

    assertEquals(ReviewStatus.ARCHIVED, review.getStatus());
    assertEquals(LocalDate.of(2025, 7, 1), review.getDates().getSignedOffOn());
    assertEquals(LocalDate.of(2025, 7, 2), review.getDates().getSentToPanelOn());
    assertEquals(LocalDate.of(2025, 7, 15), review.getDates().getPublishedOn());
    assertEquals(LocalDate.of(2028, 7, 16), review.getDates().getArchivedOn());
    assertTrue(ReviewLifecycle.isFinal(ReviewStatus.ARCHIVED));
  }

  @Test
  void anLcsprReportGoesToThePanelBeforePublication() {
    Review review = ReviewDeadlinesTest.review(ReviewType.LCSPR, ReviewStatus.SIGNED_OFF);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> review.moveTo(ReviewStatus.PUBLISHED, LocalDate.of(2025, 7, 15), null));

    assertEquals("status", refused.getField());
    assertTrue(refused.getMessage().contains("must be sent to the Panel before it is published"));
    assertEquals(ReviewStatus.SIGNED_OFF, review.getStatus());
    assertEquals(null, review.getDates().getPublishedOn());
  }

  @Test
  void aThematicReviewIsPublishedWithoutThePanel() {
    Set<ReviewStatus> next = ReviewLifecycle.next(ReviewType.THEMATIC, ReviewStatus.SIGNED_OFF);

    assertTrue(next.contains(ReviewStatus.PUBLISHED));
    assertFalse(next.contains(ReviewStatus.SENT_BEFORE_PUBLICATION));
  }

  @Test
  void aRapidReviewEndsWithThePanelsDecision() {
    Review review = ReviewDeadlinesTest.review(ReviewType.RAPID_REVIEW, ReviewStatus.RAPID_REVIEW);

    review.moveTo(ReviewStatus.SUBMITTED_TO_PANEL, LocalDate.of(2025, 1, 10), null);
    review.moveTo(ReviewStatus.DECIDED, LocalDate.of(2025, 1, 24), PanelDecision.LOCAL_REVIEW);

    assertEquals(PanelDecision.LOCAL_REVIEW, review.getPanelDecision());
    assertEquals(LocalDate.of(2025, 1, 10), review.getDates().getRapidReviewSentOn());
    assertEquals(LocalDate.of(2025, 1, 24), review.getDates().getDecisionOn());
    assertTrue(ReviewLifecycle.next(ReviewType.RAPID_REVIEW, ReviewStatus.DECIDED).isEmpty());
  }

  @Test
  void aForbiddenMoveNamesWhatIsAllowed() {
    Review review = ReviewDeadlinesTest.review(ReviewType.SILP, ReviewStatus.COMMISSIONED);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> review.moveTo(ReviewStatus.PUBLISHED, LocalDate.of(2025, 7, 15), null));

    assertEquals(
        "A Significant Incident Learning Process (SILP) that is 'Commissioned' cannot become"
            + " 'Published': from there it can only become: In progress, Closed.",
        refused.getMessage());
  }

  @Test
  void anArchivedReviewCannotMove() {
    for (ReviewStatus to : ReviewStatus.values()) {
      assertThrows(
          BusinessException.class,
          () -> ReviewLifecycle.check(ReviewType.LCSPR, ReviewStatus.ARCHIVED, to));
    }
  }

  @Test
  void goingBackClosingAndNotPublishingInFullNeedAReason() {
    assertTrue(ReviewLifecycle.needsReason(ReviewStatus.DRAFT, ReviewStatus.IN_PROGRESS));
    assertTrue(ReviewLifecycle.needsReason(ReviewStatus.COMMISSIONED, ReviewStatus.CLOSED));
    assertTrue(ReviewLifecycle.needsReason(ReviewStatus.SIGNED_OFF, ReviewStatus.DELAYED));
    assertTrue(ReviewLifecycle.needsReason(ReviewStatus.SIGNED_OFF, ReviewStatus.SUMMARY_ONLY));
    assertFalse(ReviewLifecycle.needsReason(ReviewStatus.IN_PROGRESS, ReviewStatus.DRAFT));
  }

  @Test
  void everyStatusCanBeReachedFromWhereSomeKindOfReviewStarts() {
    Set<ReviewStatus> reached = EnumSet.noneOf(ReviewStatus.class);
    for (ReviewType type : ReviewType.values()) {
      reachFrom(type, type.initialStatus(), reached);
    }
    assertEquals(EnumSet.allOf(ReviewStatus.class), reached);
  }

  private static void reachFrom(ReviewType type, ReviewStatus status, Set<ReviewStatus> reached) {
    if (reached.add(status)) {
      ReviewLifecycle.next(type, status).forEach(next -> reachFrom(type, next, reached));
    }
  }
}
