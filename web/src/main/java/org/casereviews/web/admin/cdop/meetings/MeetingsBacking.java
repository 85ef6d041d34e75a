package org.casereviews.web.admin.cdop.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.MeetingDetails;
import org.casereviews.cdop.PanelMeeting;
import org.casereviews.cdop.PanelMeetings;
import org.casereviews.web.Messages;

/** /admin/cdop/meetings/index.xhtml: the panel's meetings, newest first, and a new meeting. */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PanelMeetings meetings;

  private LocalDate heldOn;
  private String title;
  private String notes;
  private transient List<PanelMeetings.Summary> list;

  public void create() throws IOException {
    PanelMeeting created =
        Messages.attempt(() -> meetings.create(new MeetingDetails(heldOn, title, notes)));
    if (created != null) {
      Messages.info("Meeting '" + created.getTitle() + "' recorded: add the cases it reviewed.");
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/admin/cdop/meetings/meeting.xhtml?id="
              + created.getId());
    }
  }

  public List<PanelMeetings.Summary> getMeetings() {
    if (list == null) {
      list = meetings.list();
    }
    return list;
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
}
