package org.casereviews.web.admin.cdop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.casereviews.cdop.CdopLifecycle;
import org.casereviews.cdop.CdopStatus;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathIdentity;
import org.casereviews.cdop.ChildDeathRecords;
import org.casereviews.cdop.DeathFactor;
import org.casereviews.cdop.DeathNotification;
import org.casereviews.cdop.PanelReviews;
import org.casereviews.cdop.TimelineEntry;
import org.casereviews.review.Review;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.Messages;

/**
 * /admin/cdop/record.xhtml?id=: one child death record (every read audited) with the child's
 * identity, the notifications, the timeline, the panel's analysis and the next step; the Joint
 * Agency Response flag and the case review link are changed here.
 */
@Named
@ViewScoped
public class RecordBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ChildDeathRecords records;

  @EJB private PanelReviews panel;

  private Long id;
  private ChildDeath record;
  private LocalDate on;
  private String note;
  private String backReason;
  private String jarReason;
  private String caseReviewReference;
  // read once per page: every change redirects to a fresh view of the page
  private transient ChildDeathIdentity identity;
  private transient List<DeathNotification> notifications;
  private transient List<TimelineEntry> timeline;
  private transient List<DeathFactor> factors;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    record = id == null ? null : records.find(id).orElse(null);
  }

  /** Moves the record on to its next stage. */
  public void moveOn() throws IOException {
    CdopStatus to = getNextStatus();
    reopen(Messages.attempt(() -> panel.move(id, record.getVersion(), to, on, note)));
  }

  public void moveBack() throws IOException {
    CdopStatus to = CdopLifecycle.previous(record.getStatus()).orElse(null);
    reopen(
        Messages.attempt(
            () -> {
              if (to == null) {
                throw new BusinessException("backReason", "A new record has no stage before it.");
              }
              return panel.move(id, record.getVersion(), to, null, backReason);
            }));
  }

  public void toggleJointAgencyResponse() throws IOException {
    boolean flag = !record.isJointAgencyResponse();
    reopen(
        Messages.attempt(
            () -> panel.setJointAgencyResponse(id, record.getVersion(), flag, jarReason)));
  }

  public void linkCaseReview() throws IOException {
    reopen(
        Messages.attempt(
            () -> {
              Long review =
                  panel
                      .caseReviewNumber(caseReviewReference)
                      .orElseThrow(
                          () ->
                              new BusinessException(
                                  "caseReviewReference",
                                  "There is no case review with the reference '"
                                      + (caseReviewReference == null ? "" : caseReviewReference)
                                      + "'."));
              return panel.linkCaseReview(id, record.getVersion(), review);
            }));
  }

  public void unlinkCaseReview() throws IOException {
    reopen(Messages.attempt(() -> panel.linkCaseReview(id, record.getVersion(), null)));
  }

  private void reopen(ChildDeath changed) throws IOException {
    if (changed == null) {
      return;
    }
    Messages.info("Record " + id + " saved. Now: " + changed.getStatus().getLabel() + ".");
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/cdop/record.xhtml?id=" + id);
  }

  /** The stage the record moves on to here; none when closed, or when the panel's form is next. */
  public CdopStatus getNextStatus() {
    return CdopLifecycle.next(record.getStatus())
        .filter(next -> next != CdopStatus.PANEL_REVIEWED)
        .orElse(null);
  }

  public CdopStatus getPreviousStatus() {
    return CdopLifecycle.previous(record.getStatus()).orElse(null);
  }

  /** The panel's form is open once the child death review meeting has been held. */
  public boolean isPanelFormOpen() {
    return record.getStatus() == CdopStatus.CDR_MEETING_HELD
        || record.getStatus() == CdopStatus.PANEL_REVIEWED;
  }

  /** The age at death as a person says it: years, months for a baby, days under a month. */
  public String getAge() {
    Period age = record.getAgeAtDeath();
    if (age.getYears() > 0) {
      return plural(age.getYears(), "year")
          + (age.getMonths() > 0 ? ", " + plural(age.getMonths(), "month") : "");
    }
    if (age.getMonths() > 0) {
      return plural(age.getMonths(), "month");
    }
    return plural(record.getAgeDays(), "day");
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  public ChildDeathIdentity getIdentity() {
    if (identity == null) {
      identity = records.identity(id);
    }
    return identity;
  }

  public List<DeathNotification> getNotifications() {
    if (notifications == null) {
      notifications = records.notifications(id);
    }
    return notifications;
  }

  public List<TimelineEntry> getTimeline() {
    if (timeline == null) {
      timeline = panel.timeline(id);
    }
    return timeline;
  }

  public List<DeathFactor> getFactors() {
    if (factors == null) {
      factors = panel.factors(id);
    }
    return factors;
  }

  public Review getCaseReview() {
    return panel.caseReview(record).orElse(null);
  }

  public boolean isMissing() {
    return record == null;
  }

  public ChildDeath getRecord() {
    return record;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getBackReason() {
    return backReason;
  }

  public void setBackReason(String backReason) {
    this.backReason = backReason;
  }

  public String getJarReason() {
    return jarReason;
  }

  public void setJarReason(String jarReason) {
    this.jarReason = jarReason;
  }

  public String getCaseReviewReference() {
    return caseReviewReference;
  }

  public void setCaseReviewReference(String caseReviewReference) {
    this.caseReviewReference = caseReviewReference;
  }
}
