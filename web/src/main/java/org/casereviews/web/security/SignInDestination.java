package org.casereviews.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Where a user lands after signing in: the page they asked for, or else the dashboard. */
public final class SignInDestination {

  private SignInDestination() {}

  public static String after(HttpServletRequest request) {
    String home = request.getContextPath() + "/admin/";
    HttpSession session = request.getSession(false);
    if (session == null) {
      return home;
    }
    Object asked = session.getAttribute(CaseReviewsAuthenticationMechanism.RETURN_TO);
    session.removeAttribute(CaseReviewsAuthenticationMechanism.RETURN_TO);
    // only a page of this application, never another site
    if (asked instanceof String url
        && url.startsWith(request.getContextPath() + "/")
        && !url.startsWith("//")
        && !url.contains("\\")) {
      return url;
    }
    return home;
  }
}
