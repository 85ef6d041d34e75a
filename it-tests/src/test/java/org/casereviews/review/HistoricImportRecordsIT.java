package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.it.Refusals;
import org.casereviews.it.RunAs;
import org.casereviews.shared.ReferenceItem;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What loading review history leaves in the database, seen through the services: the reviews as the
 * file gives them, references kept as the partnership wrote them, one status change each and one
 * audit event each. The file is written here because in-container tests cannot read the test
 * resources; {@link HistoricImportIT} loads the fixture files over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class HistoricImportRecordsIT {

  @EJB private HistoricReviewImport historicImport;

  @EJB private ReviewSearch search;

  @EJB private ReviewService reviews;

  @EJB private AuditSearch audit;

  @EJB private RunAs.Admin admin;

  /** What a test reads of a review while its transaction is open. */
  private record Seen(
      long id,
      String reference,
      ReviewStatus status,
      PanelDecision panelDecision,
      WorkingTogether workingTogether,
      LocalDate openedOn,
      LocalDate publishedOn,
      boolean imported,
      String createdBy,
      String caseOfficer,
      Set<String> themes,
      Set<String> agencies,
      String summary) {

    static Seen of(Review r) {
      return new Seen(
          r.getId(),
          r.getReference(),
          r.getStatus(),
          r.getPanelDecision(),
          r.getWorkingTogether(),
          r.getOpenedOn(),
          r.getDates().getPublishedOn(),
          r.isImported(),
          r.getCreatedBy(),
          r.getCaseOfficer(),
          r.getThemes().stream().map(ReferenceItem::getCode).collect(Collectors.toSet()),
          r.getAgencies().stream().map(Agency::getCode).collect(Collectors.toSet()),
          r.getSummary());
    }
  }

  @Test
  void loadedReviewsHoldWhatTheFileSaysWithOneStatusChangeAndOneAuditEventEach() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String csv =
        "reference,pseudonym,type,category,working_together,incident_date,aware_date,"
            + "initiated_date,signed_off_date,sent_to_panel_date,published_date,archived_date,"
            + "publication,decision_date,panel_decision,themes,agencies,lead_reviewer,summary\n"
            + "BDHR 2013 14/02 "
            + run
            + ",Child A,SCR,DEATH,2013,2013-11-04,2013-11-05,2014-01-06,2014-08-11,2014-08-18,"
            + "2014-10-06,2017-10-09,PUBLISHED,,,NEGLECT;domestic_abuse,POLICE;CSC,A Reviewer,"
            + "\"Neglect, over years.\"\n"
            + "SCP 2020-21/07 "
            + run
            + ",Baby B,RAPID_REVIEW,SERIOUS_HARM,2018,2020-06-01,2020-06-02,,,,,,,2020-07-06,"
            + "NO_REVIEW,BRUISING_NON_MOBILE,HOSPITAL,,\n"
            + "SCP 2020-21/08 "
            + run
            + ",Child C,SCR,DEATH,2013,2020-06-01,2020-05-02,,,,,,,,,,,,\n";

    ImportReport report = admin.call(() -> historicImport.load(new StringReader(csv)));
    List<Seen> loaded =
        admin.call(
            () ->
                search
                    .search(
                        new ReviewCriteria(null, null, null, null, null, run),
                        0,
                        10,
                        "reference",
                        true)
                    .stream()
                    .map(Seen::of)
                    .toList());

    assertEquals(2, report.loaded());
    assertEquals(List.of(4L), report.rejected().stream().map(RejectedRow::line).toList());
    assertEquals(
        List.of("BDHR 2013 14/02 " + run, "SCP 2020-21/07 " + run),
        loaded.stream().map(Seen::reference).toList(),
        "references are kept as written, in another board's format too");
    Seen scr = loaded.get(0);
    assertEquals(ReviewStatus.ARCHIVED, scr.status());
    assertEquals(WorkingTogether.WT2013, scr.workingTogether());
    assertEquals(LocalDate.of(2014, 1, 6), scr.openedOn());
    assertEquals(LocalDate.of(2014, 10, 6), scr.publishedOn());
    assertTrue(scr.imported());
    assertEquals("run-as-partnership-admin", scr.createdBy());
    assertNull(scr.caseOfficer());
    assertEquals(Set.of("NEGLECT", "DOMESTIC_ABUSE"), scr.themes());
    assertEquals(Set.of("POLICE", "CSC"), scr.agencies());
    assertEquals("Neglect, over years.", scr.summary());
    Seen rapid = loaded.get(1);
    assertEquals(ReviewStatus.DECIDED, rapid.status());
    assertEquals(PanelDecision.NO_REVIEW, rapid.panelDecision());
    assertEquals(LocalDate.of(2020, 6, 2), rapid.openedOn());
    assertHistory(scr);
    assertHistory(rapid);
  }

  private void assertHistory(Seen review) {
    List<ReviewTransition> transitions = admin.call(() -> reviews.transitions(review.id()));
    List<AuditEvent> created =
        admin.call(
            () ->
                audit.search(
                    new AuditCriteria(
                        null,
                        AuditAction.CREATE,
                        ReviewService.RECORD_TYPE,
                        Long.toString(review.id()),
                        null,
                        null),
                    0,
                    10));

    assertEquals(1, transitions.size());
    ReviewTransition imported = transitions.get(0);
    assertNull(imported.getFromStatus());
    assertEquals(review.status(), imported.getToStatus());
    assertEquals(review.openedOn(), imported.getEffectiveOn());
    assertEquals("Imported from history", imported.getReason());
    assertEquals(1, created.size());
    assertEquals("imported", created.get(0).getDetail());
  }

  @Test
  void callerWithoutTheAdministratorRoleIsRefused() {
    Refusals.expectDenied(
        () -> historicImport.load(new StringReader("reference,pseudonym,type,category\n")));
  }
}
