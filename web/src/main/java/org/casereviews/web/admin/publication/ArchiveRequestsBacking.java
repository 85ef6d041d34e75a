package org.casereviews.web.admin.publication;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.casereviews.publication.ArchiveDownload;
import org.casereviews.publication.ArchiveRequest;
import org.casereviews.publication.ArchiveRequestFigures;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.publication.ArchiveRequestState;
import org.casereviews.publication.ArchiveRequestStatistics;
import org.casereviews.web.Messages;
import org.casereviews.web.RequestBase;

/**
 * /admin/publication/requests.xhtml: the queue of requests for archived reports, filtered by state
 * (waiting first), with approve, decline with the reason (in a dialog), each request's history and
 * downloads, and how often archived reports are asked for.
 */
@Named
@ViewScoped
public class ArchiveRequestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ArchiveRequestService requests;

  @EJB private ArchiveRequestStatistics statistics;

  private ArchiveRequestState state = ArchiveRequestState.WAITING;
  private List<ArchiveRequest> queue;
  private ArchiveRequestFigures figures;
  private ArchiveRequest chosen;
  private String declineReason;

  /** Runs when the page opens (f:viewAction) and after each answer. */
  public void load() {
    queue = requests.queue(state);
    figures = statistics.figures();
  }

  public void approve(ArchiveRequest request) {
    ArchiveRequest approved =
        Messages.attempt(
            () -> requests.approve(request.getId(), request.getVersion(), RequestBase.of(http())));
    if (approved != null) {
      Messages.info(
          "Approved: a download link was e-mailed to "
              + approved.getEmail()
              + "; it works until "
              + dates().show(approved.getLinkExpiresAt())
              + ".");
      load();
    }
  }

  /** Opens the decline dialog for a request. */
  public void choose(ArchiveRequest request) {
    chosen = request;
    declineReason = null;
  }

  public void decline() {
    if (chosen == null) {
      return;
    }
    ArchiveRequest declined =
        Messages.attempt(
            () -> requests.decline(chosen.getId(), chosen.getVersion(), blankToEmpty()));
    if (declined != null) {
      Messages.info("Declined: the reason was e-mailed to " + declined.getEmail() + ".");
      chosen = null;
      load();
    }
  }

  private String blankToEmpty() {
    return declineReason == null ? "" : declineReason;
  }

  public List<ArchiveDownload> downloadsOf(long requestId) {
    return requests.downloads(requestId);
  }

  private static org.casereviews.web.Dates dates() {
    return new org.casereviews.web.Dates();
  }

  public ArchiveRequestState[] getStates() {
    return ArchiveRequestState.values();
  }

  public ArchiveRequestState getState() {
    return state;
  }

  public void setState(ArchiveRequestState state) {
    this.state = state;
  }

  public List<ArchiveRequest> getQueue() {
    return queue;
  }

  public ArchiveRequestFigures getFigures() {
    return figures;
  }

  public ArchiveRequest getChosen() {
    return chosen;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  private static HttpServletRequest http() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
