package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ImportReport;
import org.casereviews.review.RejectedRow;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Loading a partnership's past reviews from a CSV file (the README's "Importing review history").
 * Partnership administrators only (the service checks).
 */
@Path("reviews/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewImportResource {

  /** The media type of the request body. */
  public static final String TEXT_CSV = "text/csv";

  /** The largest file accepted, as on the screen: ten years of history is far smaller. */
  static final int MAX_BYTES = 1024 * 1024;

  /** What the file loaded: the number of reviews created and every line that was not. */
  public record ImportResult(int loaded, List<Rejection> rejected) {

    static ImportResult of(ImportReport report) {
      return new ImportResult(
          report.loaded(), report.rejected().stream().map(Rejection::of).toList());
    }
  }

  /** A line that was not loaded; {@code column} is null when the problem is the whole line. */
  @JsonbNillable
  @JsonbPropertyOrder({"line", "column", "reason"})
  public record Rejection(long line, String column, String reason) {

    static Rejection of(RejectedRow row) {
      return new Rejection(row.line(), row.column(), row.reason());
    }
  }

  @EJB private HistoricReviewImport historicImport;

  @POST
  @Consumes(TEXT_CSV)
  @Operation(
      summary = "Load past reviews from a CSV file (partnership-admin)",
      description =
          "The body is the file, UTF-8 CSV with a first line naming the columns. Good lines become"
              + " reviews; each bad line is listed with its line number, column and reason. A file"
              + " that is not CSV or lacks a required column is refused (400) and loads nothing.")
  public ImportResult load(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new WebApplicationException(
          "The file is larger than "
              + MAX_BYTES / 1024
              + " KB. Split the history into several files and load each.",
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return ImportResult.of(
        historicImport.load(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
  }
}
