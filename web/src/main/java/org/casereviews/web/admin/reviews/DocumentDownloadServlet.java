package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.StoredFile;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.StoredFiles;

/**
 * /admin/reviews/documents/{id}[?version=N]: a review document's file for staff who may read
 * reviews (web.xml), streamed piece by piece; the download is audited by the service.
 */
@WebServlet("/admin/reviews/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StoredFile file;
    try {
      long id =
          Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
      String version = request.getParameter("version");
      file = documents.open(id, version == null ? null : Integer.valueOf(version));
    } catch (NumberFormatException | BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StoredFiles.send(file, documents, response);
  }
}
