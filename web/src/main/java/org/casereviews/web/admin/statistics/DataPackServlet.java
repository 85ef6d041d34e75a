package org.casereviews.web.admin.statistics;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.statistics.PackContent;

/**
 * /admin/statistics/data-pack?year=2025&amp;format=pdf (or xlsx): the annual data pack, for the
 * statistics page's buttons. The page's security constraint decides who may have it.
 */
@WebServlet("/admin/statistics/data-pack")
public class DataPackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient DataPackFile files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DataPackFile.Format format;
    PackContent content;
    int year;
    try {
      format = DataPackFile.Format.of(request.getParameter("format"));
      String asked = request.getParameter("year");
      year =
          asked == null || asked.isBlank()
              ? DataPackFile.defaultYear()
              : Integer.parseInt(asked.trim());
      content = files.content(year, format);
    } catch (BusinessException | NumberFormatException refused) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST,
          refused instanceof BusinessException
              ? refused.getMessage()
              : "The year must be a number.");
      return;
    }
    response.setContentType(format.mediaType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + DataPackFile.fileName(year, format) + "\"");
    DataPackFile.write(content, format, response.getOutputStream());
  }
}
