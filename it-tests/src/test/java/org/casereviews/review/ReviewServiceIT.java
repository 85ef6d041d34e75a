package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.it.Refusals;
import org.casereviews.it.RunAs;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationDetails;
import org.casereviews.notification.NotificationService;
import org.casereviews.notification.TriageDecision;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.Sex;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The review services inside the server: lifecycle records, triage once, unique references. */
@ExtendWith(ArquillianExtension.class)
class ReviewServiceIT {

  @EJB private ReviewService reviews;

  @EJB private TriageService triage;

  @EJB private NotificationService notifications;

  @EJB private AuditSearch audit;

  @EJB private RunAs.Admin admin;

  @Resource private ManagedExecutorService executor;

  @Test
  void closingNeedsAReasonAndTheStepIsKeptWithWhoAndWhy() {
    Review review = admin.call(() -> reviews.create(details(ReviewType.SILP, "Child J")));

    BusinessException refused =
        Refusals.expect(
            BusinessException.class,
            () ->
                admin.call(
                    () ->
                        reviews.transition(
                            review.getId(),
                            review.getVersion(),
                            ReviewStatus.CLOSED,
                            null,
                            " ",
                            null)));
    admin.call(
        () ->
            reviews.transition(
                review.getId(),
                review.getVersion(),
                ReviewStatus.CLOSED,
                null,
                "Merged into the thematic review.",
                null));

    assertEquals("reason", refused.getField());
    List<ReviewTransition> steps = admin.call(() -> reviews.transitions(review.getId()));
    assertEquals(2, steps.size());
    ReviewTransition closed = steps.get(1);
    assertEquals(ReviewStatus.COMMISSIONED, closed.getFromStatus());
    assertEquals(ReviewStatus.CLOSED, closed.getToStatus());
    assertEquals("Merged into the thematic review.", closed.getReason());
    List<AuditEvent> events =
        admin.call(
            () ->
                audit.search(
                    new AuditCriteria(
                        null,
                        AuditAction.UPDATE,
                        ReviewService.RECORD_TYPE,
                        review.getId().toString(),
                        null,
                        null),
                    0,
                    10));
    assertTrue(
        events.stream().anyMatch(e -> "status COMMISSIONED -> CLOSED".equals(e.getDetail())),
        "the move is in the audit trail");
  }

  @Test
  void aNotificationIsTriagedOnceAndARapidReviewDecisionOpensTheRapidReview() {
    Notification notification = admin.call(() -> notifications.submit(notificationDetails()));

    TriageService.Outcome outcome =
        admin.call(
            () ->
                triage.triage(
                    notification.getId(),
                    notification.getVersion(),
                    TriageDecision.RAPID_REVIEW,
                    "Criteria met.",
                    "Child K"));
    ConflictException again =
        Refusals.expect(
            ConflictException.class,
            () ->
                admin.call(
                    () ->
                        triage.triage(
                            notification.getId(),
                            outcome.notification().getVersion(),
                            TriageDecision.NO_FURTHER_ACTION,
                            "Changed our mind.",
                            null)));

    assertEquals(ReviewType.RAPID_REVIEW, outcome.review().getType());
    assertEquals(ReviewStatus.RAPID_REVIEW, outcome.review().getStatus());
    assertEquals(LocalDate.of(2025, 6, 4), outcome.review().getDates().getAwareOn());
    assertTrue(again.getMessage().contains("already triaged"), again.getMessage());
  }

  @Test
  void officersOpeningReviewsAtTheSameTimeNeverShareAReference() throws Exception {
    admin.call(() -> reviews.create(details(ReviewType.IMR, "Warm-up")));
    List<Future<String>> opened = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String pseudonym = "Parallel " + i;
      opened.add(
          executor.submit(
              () ->
                  admin
                      .call(() -> reviews.create(details(ReviewType.IMR, pseudonym)))
                      .getReference()));
    }
    Set<String> references = new HashSet<>();
    for (Future<String> reference : opened) {
      references.add(reference.get());
    }
    assertEquals(8, references.size(), references.toString());
  }

  private static ReviewDetails details(ReviewType type, String pseudonym) {
    return new ReviewDetails(
        type,
        pseudonym,
        IncidentCategory.SERIOUS_HARM,
        null,
        Set.of(),
        Set.of(),
        null,
        null,
        WorkingTogether.WT2023,
        List.of(),
        new ReviewDates(),
        Set.of(),
        Set.of());
  }

  private static NotificationDetails notificationDetails() {
    return new NotificationDetails(
        2L,
        LocalDate.of(2025, 6, 2),
        LocalDate.of(2025, 6, 4),
        IncidentCategory.DEATH,
        "Sudden death of a 15-year-old known to services.",
        List.of(new ChildDetails(15, null, Sex.MALE, null, false, true, false)),
        Set.of(1L));
  }
}
