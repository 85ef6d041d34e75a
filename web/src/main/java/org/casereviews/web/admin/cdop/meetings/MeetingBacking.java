package org.casereviews.web.admin.cdop.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.MeetingDetails;
import org.casereviews.cdop.PanelMeeting;
import org.casereviews.cdop.PanelMeetings;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.Messages;

/**
 * /admin/cdop/meetings/meeting.xhtml?id=: one panel meeting, its day, title and notes to change,
 * and the cases it reviewed (added by record number, removed, each linked to its record).
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PanelMeetings meetings;

  private Long id;
  private PanelMeeting meeting;
  private LocalDate heldOn;
  private String title;
  private String notes;
  private Long caseNumber;
  private transient List<ChildDeath> cases;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    meeting = id == null ? null : meetings.find(id).orElse(null);
    if (meeting != null) {
      heldOn = meeting.getHeldOn();
      title = meeting.getTitle();
      notes = meeting.getNotes();
    }
  }

  public void save() throws IOException {
    reopen(
        Messages.attempt(
            () ->
                meetings.update(
                    id, meeting.getVersion(), new MeetingDetails(heldOn, title, notes))),
        "Meeting saved.");
  }

  public void addCase() throws IOException {
    reopen(
        Messages.attempt(
            () -> {
              if (caseNumber == null) {
                throw new BusinessException("caseNumber", "Enter the number of the record.");
              }
              return meetings.addCase(id, caseNumber);
            }),
        "Record " + caseNumber + " is one of the meeting's cases.");
  }

  public void removeCase(long childDeathId) throws IOException {
    reopen(
        Messages.attempt(() -> meetings.removeCase(id, childDeathId)),
        "Record " + childDeathId + " removed from the meeting.");
  }

  private void reopen(PanelMeeting changed, String message) throws IOException {
    if (changed == null) {
      return;
    }
    Messages.info(message);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/admin/cdop/meetings/meeting.xhtml?id=" + id);
  }

  public List<ChildDeath> getCases() {
    if (cases == null) {
      cases = meetings.cases(id);
    }
    return cases;
  }

  public boolean isMissing() {
    return meeting == null;
  }

  public PanelMeeting getMeeting() {
    return meeting;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(Long caseNumber) {
    this.caseNumber = caseNumber;
  }
}
