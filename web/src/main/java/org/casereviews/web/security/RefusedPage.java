package org.casereviews.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;

/**
 * The not-found page is also the page of a screen the signed-in user's roles do not open (403), so
 * that a screen's existence is not given away; such a refusal goes to the audit trail with the
 * address asked for, as a refused API call does.
 */
@Named
@RequestScoped
public class RefusedPage {

  private static final int FORBIDDEN = 403;

  @EJB private AuditTrail audit;

  /** Records the refusal when the page is shown for a 403. */
  public void auditIfRefused() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (Integer.valueOf(FORBIDDEN).equals(status) && uri != null) {
      String page = uri.toString().substring(request.getContextPath().length());
      audit.recordRegardless(
          AuditAction.ACCESS_DENIED, "Page", null, request.getMethod() + " " + page);
    }
  }
}
