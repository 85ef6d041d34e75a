package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationService;
import org.casereviews.notification.TriageDecision;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;

/**
 * Records the partnership's decision on a significant-incident notification, with its reasons. A
 * decision to hold a rapid review opens it at once, carrying over the children, agencies and dates.
 * The day the national Panel was notified is kept on the notification and its rapid review alike.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class TriageService {

  /** The triaged notification and the rapid review it opened (null for other decisions). */
  public record Outcome(Notification notification, Review review) {}

  @EJB private NotificationService notifications;

  @EJB private ReviewService reviews;

  @EJB private AuditTrail audit;

  /**
   * @param pseudonym the rapid review's pseudonym, needed when the decision is a rapid review
   */
  public Outcome triage(
      long notificationId,
      long version,
      TriageDecision decision,
      String reasons,
      String pseudonym) {
    Notification notification = notifications.get(notificationId);
    if (notification.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed notification " + notificationId + " meanwhile. Reload it.");
    }
    if (notification.isTriaged()) {
      throw new ConflictException(
          "decision",
          "Notification "
              + notificationId
              + " was already triaged by "
              + notification.getTriagedBy()
              + ": "
              + notification.getTriageDecision().getLabel()
              + ".");
    }
    if (decision == null) {
      throw new BusinessException("decision", "Choose what follows the notification.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw new BusinessException(
          "reasons", "Give the reasons for the decision: they are kept with it.");
    }
    notification.triage(decision, reasons.strip(), audit.callerName(), Instant.now());
    audit.record(
        AuditAction.UPDATE,
        NotificationService.RECORD_TYPE,
        notificationId,
        "triaged: " + decision);
    Review review =
        decision == TriageDecision.RAPID_REVIEW ? openRapidReview(notification, pseudonym) : null;
    return new Outcome(notification, review);
  }

  /**
   * Records the day the local authority notified the national Panel, on the notification and on the
   * rapid review it opened (unless that already has its own date).
   */
  public Notification recordPanelNotified(long notificationId, long version, LocalDate on) {
    Notification notification = notifications.recordPanelNotified(notificationId, version, on);
    if (on != null) {
      for (Review review : reviews.covering(notificationId)) {
        if (review.getType() == ReviewType.RAPID_REVIEW
            && review.getDates().getNotifiedOn() == null) {
          reviews.recordPanelNotified(review.getId(), on);
        }
      }
    }
    return notification;
  }

  private Review openRapidReview(Notification notification, String pseudonym) {
    if (pseudonym == null || pseudonym.isBlank()) {
      throw new BusinessException(
          "pseudonym", "Give the rapid review a pseudonym, such as 'Child A' or 'Family Q'.");
    }
    Set<Long> agencies = new LinkedHashSet<>();
    agencies.add(notification.getAgency().getId());
    notification.getAgenciesInvolved().stream().map(Agency::getId).forEach(agencies::add);
    ReviewDates dates = new ReviewDates();
    dates.setIncidentOn(notification.getIncidentOn());
    dates.setAwareOn(notification.getAwareOn());
    dates.setNotifiedOn(notification.getPanelNotifiedOn());
    return reviews.create(
        new ReviewDetails(
            ReviewType.RAPID_REVIEW,
            pseudonym,
            notification.getCategory(),
            notification.getSummary(),
            Set.of(),
            agencies,
            null,
            null,
            WorkingTogether.WT2023,
            List.copyOf(notification.getChildren()),
            dates,
            Set.of(notification.getId()),
            Set.of()));
  }
}
