package org.casereviews.web.admin.reference;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Reader;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.casereviews.review.ImportReport;
import org.casereviews.statistics.Area;
import org.casereviews.statistics.NationalFigure;
import org.casereviews.statistics.ReferenceData;
import org.casereviews.statistics.ReferenceSummary;
import org.casereviews.web.CsvUpload;
import org.casereviews.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/reference/statistics.xhtml: the reference data the statistics need, loaded from CSV files
 * (child populations, England's reviews, other areas' counts, postcode deciles), what is loaded,
 * and the choice of the partnership's own area.
 */
@Named
@ViewScoped
public class StatisticsReferenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds of file, with what loads each. */
  public enum Kind {
    POPULATIONS("Child populations (area_code, area_name, year, population)"),
    NATIONAL_REVIEWS("England's reviews (year, review_type, reviews)"),
    AREA_COUNTS("Other areas' counts (area_code, year, measure, count)"),
    POSTCODE_DECILES("Postcode deprivation deciles (postcode, decile)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  @EJB private ReferenceData reference;

  private Kind kind = Kind.POPULATIONS;
  private transient UploadedFile file;
  private ImportReport report;
  private String localArea;

  public void load() {
    Function<Reader, ImportReport> loading =
        switch (kind) {
          case POPULATIONS -> reference::loadPopulations;
          case NATIONAL_REVIEWS -> reference::loadNationalReviews;
          case AREA_COUNTS -> reference::loadAreaCounts;
          case POSTCODE_DECILES -> reference::loadPostcodeDeciles;
        };
    report =
        CsvUpload.load(
            file, "Choose the CSV file to load.", new String[] {"line", "lines"}, loading);
  }

  public void chooseLocalArea() {
    if (localArea == null || localArea.isBlank()) {
      Messages.error("localArea", "Choose the partnership's area.");
      return;
    }
    if (Messages.attempt(
            () -> {
              reference.chooseLocalArea(localArea);
              return true;
            })
        != null) {
      Messages.info("The partnership's area is now " + localArea + ".");
    }
  }

  public List<ReferenceSummary> getSummary() {
    return reference.summary();
  }

  public List<Area> getAreas() {
    return reference.areas();
  }

  public List<NationalFigure> getNationalReviews() {
    return reference.nationalReviews();
  }

  /** The area chosen as the partnership's, as "Name (code)", or null. */
  public String getChosenArea() {
    return reference.localArea().map(a -> a.name() + " (" + a.code() + ")").orElse(null);
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }

  public String getLocalArea() {
    if (localArea == null) {
      localArea = reference.localArea().map(Area::code).orElse(null);
    }
    return localArea;
  }

  public void setLocalArea(String localArea) {
    this.localArea = localArea;
  }
}
