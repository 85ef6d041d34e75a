package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A record moves one stage on at a time, back only with a reason, and is dated sensibly. */
class CdopLifecycleTest {

  private static final LocalDate DIED = LocalDate.of(2025, 3, 10);
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

  @Test
  void theStagesComeInTheOrderOfTheReview() {
    assertEquals(
        Optional.of(CdopStatus.INFORMATION_GATHERING), CdopLifecycle.next(CdopStatus.NOTIFIED));
    assertEquals(Optional.of(CdopStatus.CLOSED), CdopLifecycle.next(CdopStatus.PANEL_REVIEWED));
    assertEquals(Optional.empty(), CdopLifecycle.next(CdopStatus.CLOSED));
    assertEquals(Optional.empty(), CdopLifecycle.previous(CdopStatus.NOTIFIED));
    assertDoesNotThrow(
        () ->
            CdopLifecycle.checkMove(CdopStatus.CDR_MEETING_HELD, CdopStatus.PANEL_REVIEWED, null));
  }

  @Test
  void aStageCannotBeSkipped() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> CdopLifecycle.checkMove(CdopStatus.NOTIFIED, CdopStatus.CDR_MEETING_HELD, null));
    assertEquals("status", refused.getField());
    assertTrue(refused.getMessage().contains("its next stage is 'Information gathering'"));
  }

  @Test
  void goingBackNeedsAReason() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> CdopLifecycle.checkMove(CdopStatus.CLOSED, CdopStatus.PANEL_REVIEWED, " "));
    assertEquals("reason", refused.getField());
    assertDoesNotThrow(
        () ->
            CdopLifecycle.checkMove(
                CdopStatus.CLOSED, CdopStatus.PANEL_REVIEWED, "Closed by mistake"));
    assertThrows(
        BusinessException.class,
        () -> CdopLifecycle.checkMove(CdopStatus.CLOSED, CdopStatus.NOTIFIED, "Start again"));
  }

  @Test
  void aStageIsNotDatedInTheFutureNorBeforeTheDeath() {
    String meeting = "The child death review meeting";
    assertTrue(
        assertThrows(
                BusinessException.class,
                () -> CdopLifecycle.checkDay("on", meeting, TODAY.plusDays(1), DIED, TODAY))
            .getMessage()
            .contains("in the future"));
    assertTrue(
        assertThrows(
                BusinessException.class,
                () -> CdopLifecycle.checkDay("on", meeting, DIED.minusDays(1), DIED, TODAY))
            .getMessage()
            .contains("before the child died (2025-03-10)"));
    assertEquals(
        "Enter the day of the child death review meeting.",
        assertThrows(
                BusinessException.class,
                () -> CdopLifecycle.checkDay("on", meeting, null, DIED, TODAY))
            .getMessage());
    assertDoesNotThrow(() -> CdopLifecycle.checkDay("on", meeting, DIED, DIED, TODAY));
    assertDoesNotThrow(() -> CdopLifecycle.checkDay("on", meeting, TODAY, DIED, TODAY));
  }

  @Test
  void thePanelReviewsOnOrAfterTheMeeting() {
    LocalDate meeting = LocalDate.of(2025, 5, 1);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                CdopLifecycle.checkAfter(
                    "reviewedOn",
                    "The panel's review",
                    meeting.minusDays(1),
                    "the child death review meeting",
                    meeting));
    assertEquals("reviewedOn", refused.getField());
    assertDoesNotThrow(
        () ->
            CdopLifecycle.checkAfter(
                "reviewedOn", "The panel's review", meeting, "the meeting", meeting));
  }
}
