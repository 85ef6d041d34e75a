package org.casereviews.web.publicpages;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.PublicFile;
import org.casereviews.publication.PublicReviews;
import org.casereviews.publication.StoredFile;
import org.casereviews.web.Dates;
import org.casereviews.web.StoredFiles;

/**
 * /public/documents/{id}: a public document of a published review, for anyone. The file goes out a
 * stored piece at a time, never whole in memory. A document taken down with its archived review
 * answers 410 with the way to request it; anything else that is not a published public document (an
 * internal one, one of a review not yet published, a number that was never given) answers 404.
 * {@link PublicReviews#open} audits each answer.
 */
@WebServlet("/public/documents/*")
public class PublicDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private PublicReviews reviews;

  @EJB private DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long id = idOf(request.getPathInfo());
    PublicFile answer = id == null ? new PublicFile.Missing() : reviews.open(id);
    if (answer instanceof PublicFile.Available available) {
      send(available.file(), response);
    } else if (answer instanceof PublicFile.Archived archived) {
      gone(archived, request, response);
    } else {
      notFound(request, response);
    }
  }

  private void send(StoredFile file, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-cache");
    StoredFiles.send(file, documents, response);
  }

  private static void gone(
      PublicFile.Archived archived, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String requestForm =
        request.getContextPath() + "/public/request-archived.xhtml?review=" + archived.reviewId();
    new PublicPage("Report archived", request.getContextPath())
        .paragraph(
            "This report on "
                + PublicPage.escape(archived.pseudonym())
                + " was archived on "
                + Dates.longDay(archived.archivedOn())
                + ". Archived reports are available on request.")
        .paragraph(
            "<a id=\"request\" href=\""
                + PublicPage.escape(requestForm)
                + "\">Request the report on "
                + PublicPage.escape(archived.pseudonym())
                + "</a>")
        .send(response, HttpServletResponse.SC_GONE);
  }

  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    new PublicPage("Document not found", request.getContextPath())
        .paragraph(
            "There is no published document at this address. It may have been withdrawn, or the"
                + " address may be mistyped.")
        .send(response, HttpServletResponse.SC_NOT_FOUND);
  }

  private static Long idOf(String pathInfo) {
    if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(pathInfo.substring(1));
  }
}
