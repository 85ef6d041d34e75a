package org.casereviews.web.publicpages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A small plain HTML page in the public pages' look, for the answers of the public downloads that
 * are not a file (404, 410). Text given to {@link #paragraph} is HTML: escape what comes from data.
 */
final class PublicPage {

  private final String title;
  private final String contextPath;
  private final StringBuilder body = new StringBuilder();

  /**
   * @param contextPath the application's address, such as {@code /casereviews}
   */
  PublicPage(String title, String contextPath) {
    this.title = title;
    this.contextPath = contextPath;
  }

  PublicPage paragraph(String html) {
    body.append("<p>").append(html).append("</p>\n");
    return this;
  }

  void send(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    String root = escape(contextPath);
    PrintWriter out = response.getWriter();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append(" · Safeguarding Children Partnership</title>\n")
        .append("<link rel=\"stylesheet\" href=\"")
        .append(root)
        .append("/jakarta.faces.resource/casereviews.css.xhtml?ln=casereviews\">\n")
        .append("</head>\n<body class=\"public\">\n")
        .append("<header class=\"top public-top\"><span class=\"brand\">")
        .append("Safeguarding Children Partnership</span></header>\n")
        .append("<main class=\"content narrow\">\n<h1>")
        .append(escape(title))
        .append("</h1>\n")
        .append(body)
        .append("<p><a id=\"to-reviews\" href=\"")
        .append(root)
        .append("/public/reviews.xhtml\">See the published case reviews</a></p>\n")
        .append("</main>\n</body>\n</html>\n");
    out.flush();
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
