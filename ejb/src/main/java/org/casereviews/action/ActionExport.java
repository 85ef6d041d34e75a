package org.casereviews.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.CsvFile;
import org.casereviews.shared.Today;

/**
 * The actions a search finds, as CSV for other systems (an agency's own action tracker, the board's
 * spreadsheet): the columns of {@link #COLUMNS}, whose names and order stay as they are (new
 * columns are only ever added at the end). RAG and days overdue are as of today in England. A
 * liaison officer gets their own agency's actions only, as everywhere. Every export is an {@code
 * EXPORT} event in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON, Roles.VIEWER})
public class ActionExport {

  public static final List<String> COLUMNS =
      List.of(
          "action_id",
          "review_id",
          "review_reference",
          "recommendation",
          "agency",
          "owner",
          "description",
          "due_date",
          "status",
          "rag",
          "days_overdue",
          "not_achievable_reason",
          "completed_date",
          "assured_date",
          "closed_date");

  @EJB private ActionService actions;

  @EJB private AuditTrail audit;

  /**
   * The CSV file of the actions of one agency ({@code agencyId}, or all agencies when null), only
   * the open overdue ones when {@code overdueOnly}, soonest due first.
   */
  public String csv(Long agencyId, boolean overdueOnly) {
    LocalDate today = Today.inEngland();
    CsvFile file =
        CsvFile.of(
            COLUMNS,
            (first, max) -> actions.search(agencyId, overdueOnly, first, max),
            action -> cells(action, today));
    audit.record(
        AuditAction.EXPORT,
        "ActionPlanItem",
        null,
        file.rows()
            + " actions as CSV; agency="
            + (agencyId == null ? "all" : agencyId)
            + (overdueOnly ? " overdue only" : ""));
    return file.text();
  }

  private static List<String> cells(ActionPlanItem a, LocalDate today) {
    return java.util.Arrays.asList(
        a.getId().toString(),
        a.getRecommendation().getReview().getId().toString(),
        a.getRecommendation().getReview().getReference(),
        Integer.toString(a.getRecommendation().getNumber()),
        a.getAgency().getCode(),
        a.getOwnerName(),
        a.getDescription(),
        a.getDueOn().toString(),
        a.getStatus().name(),
        a.rag(today).name(),
        Long.toString(a.daysOverdue(today)),
        a.getNotAchievableReason(),
        Objects.toString(a.getCompletedOn(), null),
        Objects.toString(a.getAssuredOn(), null),
        Objects.toString(a.getClosedOn(), null));
  }
}
