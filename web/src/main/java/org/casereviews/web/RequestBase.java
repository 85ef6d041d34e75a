package org.casereviews.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the application was reached at, such as {@code
 * https://scp.example.gov.uk/casereviews}, for links in e-mails when {@code
 * casereviews.public.base-url} is not set.
 */
public final class RequestBase {

  private RequestBase() {}

  public static String of(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean usual =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (usual ? "" : ":" + port)
        + request.getContextPath();
  }
}
