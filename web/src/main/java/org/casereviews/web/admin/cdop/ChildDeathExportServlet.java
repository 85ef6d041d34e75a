package org.casereviews.web.admin.cdop;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.casereviews.cdop.AgeBand;
import org.casereviews.cdop.CdopStatus;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.ChildDeathExport;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.ExportFile;
import org.casereviews.cdop.Modifiable;

/**
 * /admin/cdop/export: the list's records as CSV, streamed, with the list's filters as parameters
 * (those of GET /api/v1/child-deaths/export). {@code identifiers=true} is a partnership
 * administrator's alone; anyone else is refused before a byte is sent.
 */
@WebServlet("/admin/cdop/export")
public class ChildDeathExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private ChildDeathExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ChildDeathCriteria criteria;
    try {
      criteria = criteria(request);
    } catch (IllegalArgumentException badFilter) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown filter value.");
      return;
    }
    boolean identifiers = "true".equals(request.getParameter("identifiers"));
    ExportFile file;
    try {
      file = identifiers ? export.exportWithIdentifiers(criteria) : export.export(criteria);
    } catch (EJBAccessException | AccessLocalException refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    try {
      String name = identifiers ? "child-deaths-with-identifiers.csv" : "child-deaths.csv";
      response.setContentType("text/csv; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
      response.setContentLengthLong(Files.size(file.path()));
      Files.copy(file.path(), response.getOutputStream());
    } finally {
      file.delete();
    }
  }

  private static ChildDeathCriteria criteria(HttpServletRequest request) {
    String year = request.getParameter("year");
    String category = request.getParameter("category");
    return new ChildDeathCriteria(
        year == null ? null : Integer.valueOf(year),
        category == null
            ? null
            : DeathCategory.ofNumber(Integer.parseInt(category))
                .orElseThrow(IllegalArgumentException::new),
        named(CdopStatus.class, request.getParameter("status")),
        named(AgeBand.class, request.getParameter("ageBand")),
        named(DeathExpectation.class, request.getParameter("expected")),
        named(Modifiable.class, request.getParameter("modifiable")),
        request.getParameter("sourceRef"));
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
  }
}
