package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.CsvFile;
import org.casereviews.shared.ReferenceItem;

/**
 * The reviews a search finds, as CSV for other systems: the columns of {@link #COLUMNS}, whose
 * names and order stay as they are (new columns are only ever added at the end). The dates and the
 * codes have the names and forms of the review history file, so an export can be read back by
 * another partnership's import. The reviews' summaries and children are left out. Every export is
 * an {@code EXPORT} event in the audit trail, with its count and filters.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
public class ReviewExport {

  public static final List<String> COLUMNS =
      List.of(
          "review_id",
          "reference",
          "pseudonym",
          "type",
          "category",
          "status",
          "working_together",
          "panel_decision",
          "opened_on",
          "incident_date",
          "aware_date",
          "notified_date",
          "rapid_review_sent_date",
          "decision_date",
          "initiated_date",
          "signed_off_date",
          "sent_to_panel_date",
          "published_date",
          "archived_date",
          "themes",
          "agencies",
          "lead_reviewer",
          "case_officer",
          "imported");

  @EJB private ReviewSearch search;

  @EJB private AuditTrail audit;

  /** The CSV file of every review the criteria find, oldest reference first. */
  public String csv(ReviewCriteria criteria) {
    CsvFile file =
        CsvFile.of(
            COLUMNS,
            (first, max) -> search.search(criteria, first, max, "reference", true),
            ReviewExport::cells);
    audit.record(AuditAction.EXPORT, "Review", null, file.rows() + " reviews as CSV; " + criteria);
    return file.text();
  }

  private static List<String> cells(Review r) {
    ReviewDates d = r.getDates();
    List<String> cells = new ArrayList<>();
    cells.add(r.getId().toString());
    cells.add(r.getReference());
    cells.add(r.getPseudonym());
    cells.add(r.getType().name());
    cells.add(r.getCategory().name());
    cells.add(r.getStatus().name());
    cells.add(r.getWorkingTogether() == null ? null : r.getWorkingTogether().name());
    cells.add(r.getPanelDecision() == null ? null : r.getPanelDecision().name());
    for (LocalDate day :
        new LocalDate[] {
          r.getOpenedOn(),
          d.getIncidentOn(),
          d.getAwareOn(),
          d.getNotifiedOn(),
          d.getRapidReviewSentOn(),
          d.getDecisionOn(),
          d.getInitiatedOn(),
          d.getSignedOffOn(),
          d.getSentToPanelOn(),
          d.getPublishedOn(),
          d.getArchivedOn()
        }) {
      cells.add(Objects.toString(day, null));
    }
    cells.add(codes(r.getThemes()));
    cells.add(codes(r.getAgencies()));
    cells.add(r.getLeadReviewer());
    cells.add(r.getCaseOfficer());
    cells.add(r.isImported() ? "Y" : "N");
    return cells;
  }

  private static String codes(java.util.Collection<? extends ReferenceItem> items) {
    return String.join(";", items.stream().map(ReferenceItem::getCode).sorted().toList());
  }
}
