package org.casereviews.web.admin.actions;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casereviews.action.EvidenceFile;
import org.casereviews.action.EvidenceService;
import org.casereviews.shared.AccessRefusedException;
import org.casereviews.shared.NotFoundException;

/**
 * /admin/actions/evidence/{id}: an evidence file for someone signed in who may see its action.
 * Another agency's file answers 404 like a file that does not exist (the attempt is audited).
 */
@WebServlet("/admin/actions/evidence/*")
public class EvidenceDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EvidenceService evidence;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    EvidenceFile file;
    try {
      file = evidence.download(id);
    } catch (NotFoundException | AccessRefusedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(file.getType().getMediaType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + file.getFileName().replace("\"", "") + "\"");
    response.setContentLength(file.getContent().length);
    response.getOutputStream().write(file.getContent());
  }
}
