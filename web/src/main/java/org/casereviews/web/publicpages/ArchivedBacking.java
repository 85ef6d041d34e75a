package org.casereviews.web.publicpages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.casereviews.publication.ArchiveAccess;
import org.casereviews.publication.ArchiveLinkExpiredException;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.shared.BusinessException;

/**
 * /public/archived.xhtml?token=: what an approved request's link opens, the archived review's
 * documents to download. An expired link answers 410 with the day it expired and the form to ask
 * again; an unknown one 404 with what to do.
 */
@Named
@RequestScoped
public class ArchivedBacking {

  @EJB private ArchiveRequestService requests;

  private String token;
  private ArchiveAccess access;
  private String refusal;
  private Long askAgainFor;

  /** Runs when the page opens (f:viewAction). */
  public void load() {
    try {
      access = requests.access(token);
    } catch (ArchiveLinkExpiredException expired) {
      refuse(HttpServletResponse.SC_GONE, expired.getMessage());
      askAgainFor = expired.getReviewId();
    } catch (BusinessException e) {
      refuse(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    }
  }

  private void refuse(int status, String message) {
    refusal = message;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  public boolean isOpen() {
    return access != null;
  }

  public ArchiveAccess getAccess() {
    return access;
  }

  public String getRefusal() {
    return refusal;
  }

  public Long getAskAgainFor() {
    return askAgainFor;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
