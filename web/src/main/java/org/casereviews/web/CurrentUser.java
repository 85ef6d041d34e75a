package org.casereviews.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.casereviews.security.AccountService;
import org.casereviews.security.Roles;

/** The signed-in user, for menus and headers, and the sign-out action. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;

  @Inject private HttpServletRequest request;

  @EJB private AccountService accounts;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Roles.PARTNERSHIP_ADMIN);
  }

  /** Review officers and administrators: may record and change notifications and reviews. */
  public boolean isReviewOfficer() {
    return isAdmin() || security.isCallerInRole(Roles.REVIEW_OFFICER);
  }

  /** May read reviews: officers, administrators and viewers. */
  public boolean isReviewReader() {
    return isReviewOfficer() || security.isCallerInRole(Roles.VIEWER);
  }

  /** May see notifications: officers, administrators and agency liaison officers. */
  /** Child death records: CDOP officers and administrators. */
  public boolean isCdopUser() {
    return isAdmin() || security.isCallerInRole(Roles.CDOP_OFFICER);
  }

  /** May see the statistics: everyone but agency liaison officers. */
  public boolean isStatisticsReader() {
    return isReviewReader() || security.isCallerInRole(Roles.CDOP_OFFICER);
  }

  public boolean isNotificationUser() {
    return isReviewOfficer() || security.isCallerInRole(Roles.AGENCY_LIAISON);
  }

  public List<String> getRoleLabels() {
    return Roles.ALL.stream().filter(security::isCallerInRole).map(Roles::label).toList();
  }

  public void signOut() throws IOException, ServletException {
    String name = getName();
    if (name != null) {
      accounts.signedOut(name, request.getRemoteAddr());
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
