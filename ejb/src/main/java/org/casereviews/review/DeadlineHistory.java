package org.casereviews.review;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.BusinessException;

/**
 * Keeps the deadline history: after a change to a review, every due date that moved is recorded
 * with who moved it and why. When the change came from a person editing dates, a reason is
 * required; a move caused by the lifecycle records what happened instead.
 */
final class DeadlineHistory {

  private final EntityManager em;
  private final AuditTrail audit;

  DeadlineHistory(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  void keep(
      Review review,
      Map<DeadlineKind, LocalDate> before,
      ReviewDeadlines rules,
      String reason,
      boolean reasonFromUser) {
    Map<DeadlineKind, LocalDate> after = rules.dueDates(review);
    for (Map.Entry<DeadlineKind, LocalDate> was : before.entrySet()) {
      LocalDate now = after.get(was.getKey());
      if (was.getValue().equals(now)) {
        continue;
      }
      if (reasonFromUser && (reason == null || reason.isBlank())) {
        throw new BusinessException(
            "dateChangeReason",
            "This change moves the deadline '"
                + was.getKey().getLabel()
                + "' from "
                + ReviewDates.show(was.getValue())
                + (now == null ? " to none" : " to " + ReviewDates.show(now))
                + ". Say why the dates changed: the reason is kept in the deadline history.");
      }
      em.persist(
          new DeadlineChange(
              review,
              was.getKey(),
              was.getValue(),
              now,
              Instant.now(),
              audit.callerName(),
              reason.strip()));
    }
  }
}
