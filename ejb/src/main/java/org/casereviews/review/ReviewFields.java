package org.casereviews.review;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditTrail;
import org.casereviews.notification.Notification;
import org.casereviews.security.UserAccount;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;

/** Copies what a form or API call says about a review onto it, finding what the ids point at. */
final class ReviewFields {

  private final EntityManager em;
  private final AuditTrail audit;

  ReviewFields(EntityManager em, AuditTrail audit) {
    this.em = em;
    this.audit = audit;
  }

  void apply(Review review, ReviewDetails details) {
    review.setPseudonym(details.pseudonym().strip());
    review.setCategory(details.category());
    review.setSummary(blankToNull(details.summary()));
    review.setLeadReviewer(blankToNull(details.leadReviewer()));
    review.setCaseOfficer(caseOfficer(details.caseOfficer()));
    review.setWorkingTogether(details.workingTogether());
    review.setChildren(
        details.children() == null
            ? List.of()
            : details.children().stream().map(ChildDetails::copy).toList());
    review.setDates(details.dates());
    review.setThemes(found(details.themeIds(), ReviewTheme.class, "themes", "review theme"));
    review.setAgencies(found(details.agencyIds(), Agency.class, "agencies", "agency"));
    review.setNotifications(
        found(details.notificationIds(), Notification.class, "notifications", "notification"));
    LocalDate notified = review.getDates().getNotifiedOn();
    if (notified != null) {
      // the Panel notification is one fact about the incident, whichever record it is entered on
      review.getNotifications().stream()
          .filter(n -> n.getPanelNotifiedOn() == null)
          .forEach(n -> n.setPanelNotifiedOn(notified));
    }
    Set<Review> cases = found(details.caseIds(), Review.class, "cases", "review");
    if (cases.contains(review)) {
      throw new BusinessException("cases", "A review cannot cover itself as one of its cases.");
    }
    review.setCases(cases);
  }

  /** What an LCSPR takes over from the rapid review it follows. */
  static void carryOver(Review rapid, Review lcspr) {
    lcspr.setOrigin(rapid);
    lcspr.setSummary(rapid.getSummary());
    lcspr.setCaseOfficer(rapid.getCaseOfficer());
    lcspr.setWorkingTogether(rapid.getWorkingTogether());
    lcspr.setChildren(rapid.getChildren().stream().map(ChildDetails::copy).toList());
    lcspr.setThemes(rapid.getThemes());
    lcspr.setAgencies(rapid.getAgencies());
    lcspr.setNotifications(rapid.getNotifications());
    ReviewDates dates = new ReviewDates();
    dates.setIncidentOn(rapid.getDates().getIncidentOn());
    dates.setAwareOn(rapid.getDates().getAwareOn());
    dates.setNotifiedOn(rapid.getDates().getNotifiedOn());
    lcspr.setDates(dates);
  }

  private String caseOfficer(String username) {
    if (username == null || username.isBlank()) {
      return audit.callerName();
    }
    return UserAccount.byUsername(em, username.strip())
        .map(UserAccount::getUsername)
        .orElseThrow(
            () ->
                new BusinessException(
                    "caseOfficer", "There is no user called " + username.strip() + "."));
  }

  private <T> Set<T> found(Set<Long> ids, Class<T> type, String field, String what) {
    return found(em, ids, type, field, what);
  }

  /** The records with these ids, refusing an id that points at nothing, named by its field. */
  static <T> Set<T> found(
      EntityManager em, Set<Long> ids, Class<T> type, String field, String what) {
    Set<T> found = new LinkedHashSet<>();
    if (ids != null) {
      for (Long id : ids) {
        T item = id == null ? null : em.find(type, id);
        if (item == null) {
          throw new BusinessException(field, "There is no " + what + " with number " + id + ".");
        }
        found.add(item);
      }
    }
    return found;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
