package org.casereviews.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.casereviews.action.ActionService;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobRun;
import org.casereviews.notification.NotificationService;
import org.casereviews.review.DeadlineOnReview;
import org.casereviews.review.ReviewSearch;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserService;
import org.casereviews.web.CurrentUser;

/** The dashboard at /admin/: what needs attention, by role. */
@Named
@RequestScoped
public class DashboardBacking {

  @Inject private CurrentUser currentUser;

  @EJB private UserService users;

  @EJB private AuditSearch audit;

  @EJB private JobHistory jobs;

  @EJB private ReviewSearch reviews;

  @EJB private NotificationService notifications;

  @EJB private ActionService actions;

  private List<UserAccount> lockedUsers;
  private List<DeadlineOnReview> myDeadlines;
  private List<AuditEvent> recentEvents;
  private List<JobRun> recentJobs;

  /**
   * The caller's reviews' deadlines that are overdue or due within 5 working days, for review
   * officers.
   */
  public List<DeadlineOnReview> getMyDeadlines() {
    if (myDeadlines == null) {
      myDeadlines = currentUser.isReviewOfficer() ? reviews.myDeadlines(5) : List.of();
    }
    return myDeadlines;
  }

  /** Open actions past their due date (for a liaison officer, their agency's). */
  public long getOverdueActions() {
    return currentUser.isReviewReader() || currentUser.isNotificationUser()
        ? actions.count(null, true)
        : 0;
  }

  /** Notifications no one has triaged yet (for a liaison officer, their agency's). */
  public long getAwaitingTriage() {
    return currentUser.isNotificationUser()
        ? notifications.count(NotificationService.Inbox.AWAITING_TRIAGE)
        : 0;
  }

  /** Accounts locked after failed sign-ins, for the administrator to look at. */
  public List<UserAccount> getLockedUsers() {
    if (lockedUsers == null) {
      Instant now = Instant.now();
      lockedUsers =
          currentUser.isAdmin()
              ? users.list().stream().filter(u -> u.isLockedAt(now)).toList()
              : List.of();
    }
    return lockedUsers;
  }

  public List<AuditEvent> getRecentEvents() {
    if (recentEvents == null) {
      recentEvents = currentUser.isAdmin() ? audit.search(AuditCriteria.any(), 0, 10) : List.of();
    }
    return recentEvents;
  }

  public List<JobRun> getRecentJobs() {
    if (recentJobs == null) {
      recentJobs = currentUser.isAdmin() ? jobs.recent(5) : List.of();
    }
    return recentJobs;
  }
}
