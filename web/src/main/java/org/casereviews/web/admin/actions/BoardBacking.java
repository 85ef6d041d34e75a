package org.casereviews.web.admin.actions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongFunction;
import org.casereviews.action.AccountabilityReport;
import org.casereviews.action.AccountabilityReport.AgencyRow;
import org.casereviews.action.AccountabilityReport.ReviewRow;
import org.casereviews.action.AccountabilityReport.ThemeRow;

/**
 * /admin/actions/board.xhtml: the board's "holding partners to account" report, each table
 * exportable to CSV, Excel and PDF, with a chart of open and overdue actions by agency.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountabilityReport report;

  private List<AgencyRow> agencies;
  private List<ReviewRow> reviews;
  private List<ThemeRow> themes;

  public List<AgencyRow> getAgencies() {
    if (agencies == null) {
      agencies = report.byAgency();
    }
    return agencies;
  }

  public List<ReviewRow> getReviews() {
    if (reviews == null) {
      reviews = report.byReview();
    }
    return reviews;
  }

  public List<ThemeRow> getThemes() {
    if (themes == null) {
      themes = report.recurringThemes();
    }
    return themes;
  }

  /** A chart.js bar chart of open, overdue and assured actions by agency. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    getAgencies().forEach(row -> labels.add(row.agency()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("Open", "#fbbf24", AgencyRow::open))
            .add(dataset("Overdue", "#b91c1c", AgencyRow::overdue))
            .add(dataset("Assured", "#1d4ed8", AgencyRow::assured));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  private JsonObjectBuilder dataset(String label, String colour, ToLongFunction<AgencyRow> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    getAgencies().forEach(row -> data.add(value.applyAsLong(row)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("data", data);
  }
}
