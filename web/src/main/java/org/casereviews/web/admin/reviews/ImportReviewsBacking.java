package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ImportReport;
import org.casereviews.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/reviews/import.xhtml: loading the partnership's past reviews from a CSV file, and the
 * lines of that file that were not loaded, with the reason for each.
 */
@Named
@ViewScoped
public class ImportReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HistoricReviewImport historicImport;

  private transient UploadedFile file;
  private ImportReport report;

  public void load() {
    report = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("file", "Choose the CSV file of past reviews to load.");
      return;
    }
    report =
        Messages.attempt(
            () -> {
              try (Reader csv =
                  new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                return historicImport.load(csv);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (report != null) {
      Messages.info(summary(report));
    }
  }

  static String summary(ImportReport report) {
    String loaded =
        report.loaded() == 1 ? "1 review loaded." : report.loaded() + " reviews loaded.";
    int rejected = report.rejected().size();
    if (rejected == 0) {
      return loaded;
    }
    return loaded
        + (rejected == 1
            ? " 1 line was not loaded: see the reason below."
            : " " + rejected + " lines were not loaded: see the reasons below.");
  }

  public ImportReport getReport() {
    return report;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
