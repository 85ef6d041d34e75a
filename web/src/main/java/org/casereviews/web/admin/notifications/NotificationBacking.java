package org.casereviews.web.admin.notifications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationService;
import org.casereviews.notification.TriageDecision;
import org.casereviews.review.Deadline;
import org.casereviews.review.DeadlineCalendar;
import org.casereviews.review.DeadlineKind;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDeadlines;
import org.casereviews.review.ReviewService;
import org.casereviews.review.TriageService;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.casereviews.web.CurrentUser;
import org.casereviews.web.Messages;

/**
 * /admin/notifications/view.xhtml?id=: one notification (the read is audited), the day the Panel
 * was told, and the partnership's triage decision, which can open the rapid review.
 */
@Named
@ViewScoped
public class NotificationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NotificationService service;

  @EJB private TriageService triage;

  @EJB private ReviewService reviews;

  @EJB private DeadlineCalendar calendar;

  @Inject private CurrentUser currentUser;

  private Long id;
  private Notification notification;
  private String refusal;
  private TriageDecision decision;
  private String reasons;
  private String pseudonym;
  private LocalDate panelNotifiedOn;
  private transient Deadline panelDeadline;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      refusal = "No notification was chosen.";
      return;
    }
    try {
      notification = service.view(id);
      panelNotifiedOn = notification.getPanelNotifiedOn();
    } catch (BusinessException e) {
      // not found, or another agency's notification (the service has audited the attempt)
      refusal = e.getMessage();
    }
  }

  public void recordTriage() throws IOException {
    TriageService.Outcome outcome =
        Messages.attempt(
            () -> triage.triage(id, notification.getVersion(), decision, reasons, pseudonym));
    if (outcome == null) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (outcome.review() != null) {
      Messages.info(
          "Triaged: rapid review "
              + outcome.review().getReference()
              + " is open. Its deadlines are below.");
      external.redirect(
          external.getRequestContextPath()
              + "/admin/reviews/view.xhtml?id="
              + outcome.review().getId());
    } else {
      Messages.info("Triage decision recorded.");
      external.redirect(
          external.getRequestContextPath() + "/admin/notifications/view.xhtml?id=" + id);
    }
  }

  public void recordPanelNotified() throws IOException {
    Notification saved =
        Messages.attempt(
            () -> triage.recordPanelNotified(id, notification.getVersion(), panelNotifiedOn));
    if (saved != null) {
      Messages.info("The date the Panel was notified is recorded.");
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/admin/notifications/view.xhtml?id=" + id);
    }
  }

  public Deadline getPanelDeadline() {
    if (panelDeadline == null) {
      ReviewDeadlines rules = calendar.rules();
      panelDeadline =
          rules.standing(
              rules.nationalNotificationDue(notification.getAwareOn()),
              notification.getPanelNotifiedOn(),
              Today.inEngland(),
              DeadlineKind.NATIONAL_NOTIFICATION);
    }
    return panelDeadline;
  }

  public List<Review> getReviews() {
    return currentUser.isReviewReader() ? reviews.covering(id) : List.of();
  }

  public TriageDecision[] getDecisions() {
    return TriageDecision.values();
  }

  public boolean isMissing() {
    return notification == null;
  }

  public String getRefusal() {
    return refusal;
  }

  public Notification getNotification() {
    return notification;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TriageDecision getDecision() {
    return decision;
  }

  public void setDecision(TriageDecision decision) {
    this.decision = decision;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public LocalDate getPanelNotifiedOn() {
    return panelNotifiedOn;
  }

  public void setPanelNotifiedOn(LocalDate panelNotifiedOn) {
    this.panelNotifiedOn = panelNotifiedOn;
  }
}
