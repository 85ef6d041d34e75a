package org.casereviews.web.admin.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.web.Messages;
import org.casereviews.web.PagedList;

/** /admin/audit/: search the audit trail by user, action, record and dates, a page at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditSearch search;

  private String username;
  private AuditAction action;
  private String recordType;
  private String recordId;
  private LocalDate from;
  private LocalDate to;
  private AuditCriteria criteria = AuditCriteria.any();

  private final PagedList<AuditEvent> events =
      new PagedList<>(
          () -> search.count(criteria),
          (first, max, sortBy, ascending) -> search.search(criteria, first, max));

  public void apply() {
    if (from != null && to != null && to.isBefore(from)) {
      Messages.error("to", "The 'to' date is before the 'from' date.");
      return;
    }
    criteria = new AuditCriteria(username, action, recordType, recordId, from, to);
  }

  public void clear() {
    username = null;
    action = null;
    recordType = null;
    recordId = null;
    from = null;
    to = null;
    criteria = AuditCriteria.any();
  }

  public PagedList<AuditEvent> getEvents() {
    return events;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
