package org.casereviews.web.admin.notifications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationService;
import org.casereviews.notification.NotificationService.Inbox;
import org.casereviews.notification.TriageDecision;
import org.casereviews.review.Deadline;
import org.casereviews.review.DeadlineCalendar;
import org.casereviews.review.DeadlineKind;
import org.casereviews.review.ReviewDeadlines;
import org.casereviews.shared.Today;
import org.casereviews.web.PagedList;

/**
 * /admin/notifications/: the inbox, awaiting triage first, with each notification's deadline for
 * telling the national Panel (5 working days after becoming aware).
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NotificationService service;

  @EJB private DeadlineCalendar calendar;

  private Inbox inbox = Inbox.AWAITING_TRIAGE;

  private transient ReviewDeadlines rules;

  private final PagedList<Notification> notifications =
      new PagedList<>(
          () -> service.count(inbox),
          (first, max, sortBy, ascending) -> service.inbox(inbox, first, max));

  /** The Panel notification deadline; none once the partnership decided nothing further follows. */
  public Deadline panelDeadline(Notification notification) {
    if (notification.getTriageDecision() == TriageDecision.NO_FURTHER_ACTION) {
      return null;
    }
    if (rules == null) {
      rules = calendar.rules();
    }
    return rules.standing(
        rules.nationalNotificationDue(notification.getAwareOn()),
        notification.getPanelNotifiedOn(),
        Today.inEngland(),
        DeadlineKind.NATIONAL_NOTIFICATION);
  }

  public PagedList<Notification> getNotifications() {
    return notifications;
  }

  public Inbox[] getInboxes() {
    return Inbox.values();
  }

  public String inboxLabel(Inbox which) {
    return switch (which) {
      case AWAITING_TRIAGE -> "Awaiting triage";
      case TRIAGED -> "Triaged";
      case ALL -> "All";
    };
  }

  public Inbox getInbox() {
    return inbox;
  }

  public void setInbox(Inbox inbox) {
    this.inbox = inbox == null ? Inbox.AWAITING_TRIAGE : inbox;
  }
}
