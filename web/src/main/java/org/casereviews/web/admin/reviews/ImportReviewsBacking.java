package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ImportReport;
import org.casereviews.web.CsvUpload;
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
    report =
        CsvUpload.load(
            file,
            "Choose the CSV file of past reviews to load.",
            new String[] {"review", "reviews"},
            historicImport::load);
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
