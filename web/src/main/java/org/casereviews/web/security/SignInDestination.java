package org.casereviews.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Where a user lands after signing in: the page they asked for, or else the dashboard. */
public final class SignInDestination {

  private SignInDestination() {}

  public static String after(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object asked = null;
    if (session != null) {
      asked = session.getAttribute(CaseReviewsAuthenticationMechanism.RETURN_TO);
      session.removeAttribute(CaseReviewsAuthenticationMechanism.RETURN_TO);
    }
    return choose(request.getContextPath(), asked);
  }

  /** The page asked for when it is a page of this application, never another site; else home. */
  static String choose(String contextPath, Object asked) {
    if (asked instanceof String url
        && url.startsWith(contextPath + "/")
        && !url.startsWith("//")
        && !url.contains("\\")
        && !url.contains("://")) {
      return url;
    }
    return contextPath + "/admin/";
  }
}
