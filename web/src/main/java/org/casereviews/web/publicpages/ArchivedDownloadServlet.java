package org.casereviews.web.publicpages;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.StoredFile;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.StoredFiles;

/**
 * /public/archived/{token}/{documentId}: a document of an archived review through an approved
 * request's link, streamed piece by piece; the service logs and audits the download. An expired or
 * unknown link gets the link's page instead (410 or 404, saying what to do).
 */
@WebServlet("/public/archived/*")
public class ArchivedDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ArchiveRequestService requests;

  @EJB private DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 3) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StoredFile file;
    try {
      file = requests.openByToken(parts[1], Long.parseLong(parts[2]));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (BusinessException e) {
      request
          .getRequestDispatcher(
              "/public/archived.xhtml?token=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8))
          .forward(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    StoredFiles.send(file, documents, response);
  }
}
