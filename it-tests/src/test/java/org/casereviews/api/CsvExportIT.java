package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casereviews.it.ActionFixtures;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV exports of reviews and actions that other systems read: their stable columns, RFC 4180
 * quoting, the filters of the lists, and who may have them (a liaison officer: their agency's
 * actions only; no review export).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsvExportIT {

  private static final String API = Http.app() + "/api/v1";

  @Test
  void reviewsExportWithTheirStableColumnsAndTheListsFilters() {
    String officer = Http.basic(Users.create(Roles.REVIEW_OFFICER, null), Users.PASSWORD);
    String pseudonym = "Child " + UUID.randomUUID().toString().substring(0, 8) + ", \"E\"";
    JsonObject review =
        ActionFixtures.reviewWithRecommendation(officer, "LCSPR", pseudonym, "Share plans.", null);

    HttpResponse<String> export =
        Http.get(API + "/reviews/export?type=LCSPR&q=" + Http.query(pseudonym), officer);

    assertEquals(200, export.statusCode(), export.body());
    assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = export.body().lines().toList();
    assertEquals(
        "review_id,reference,pseudonym,type,category,status,working_together,panel_decision,"
            + "opened_on,incident_date,aware_date,notified_date,rapid_review_sent_date,"
            + "decision_date,initiated_date,signed_off_date,sent_to_panel_date,published_date,"
            + "archived_date,themes,agencies,lead_reviewer,case_officer,imported",
        lines.get(0));
    assertEquals(2, lines.size(), export.body());
    String row = lines.get(1);
    assertTrue(
        row.startsWith(review.getInt("id") + "," + review.getString("reference") + ","), row);
    assertTrue(
        row.contains(",\"" + pseudonym.replace("\"", "\"\"") + "\",LCSPR,SERIOUS_HARM,"), row);
    assertTrue(export.body().endsWith("\r\n"), "CRLF line ends");
  }

  @Test
  void aLiaisonOfficerExportsTheirOwnAgencysActionsOnly() {
    String officer = Http.basic(Users.create(Roles.REVIEW_OFFICER, null), Users.PASSWORD);
    int reviewId =
        ActionFixtures.reviewWithRecommendation(officer, "LCSPR", "Child X", "Train staff.", null)
            .getInt("id");
    String tag = UUID.randomUUID().toString().substring(0, 8);
    JsonObject police =
        ActionFixtures.action(
            officer, reviewId, "POLICE", "Police " + tag, LocalDate.now().plusDays(30));
    ActionFixtures.action(
        officer, reviewId, "HOSPITAL", "Health " + tag, LocalDate.now().plusDays(40));
    String liaison = Http.basic(Users.create(Roles.AGENCY_LIAISON, "POLICE"), Users.PASSWORD);

    HttpResponse<String> own = Http.get(API + "/actions/export", liaison);
    HttpResponse<String> other = Http.get(API + "/actions/export?agency=HOSPITAL", liaison);
    HttpResponse<String> all = Http.get(API + "/actions/export", officer);

    assertEquals(200, own.statusCode(), own.body());
    assertEquals(
        "action_id,review_id,review_reference,recommendation,agency,owner,description,due_date,"
            + "status,rag,days_overdue,not_achievable_reason,completed_date,assured_date,"
            + "closed_date",
        own.body().lines().findFirst().orElseThrow());
    assertTrue(own.body().contains(police.getInt("id") + "," + reviewId + ","), own.body());
    assertTrue(own.body().contains(",POLICE,Det. Insp. Jane Hale,Police " + tag + ","), own.body());
    assertFalse(own.body().contains("Health " + tag), "not another agency's action");
    assertEquals(403, other.statusCode(), other.body());
    assertTrue(all.body().contains("Health " + tag) && all.body().contains("Police " + tag));
  }

  @Test
  void aLiaisonOfficerGetsNoReviewExport() {
    String liaison = Http.basic(Users.create(Roles.AGENCY_LIAISON, "POLICE"), Users.PASSWORD);

    assertEquals(403, Http.get(API + "/reviews/export", liaison).statusCode());
  }

  @Test
  void anExportIsAudited() {
    String viewer = Users.create(Roles.VIEWER, null);

    assertEquals(
        200,
        Http.get(API + "/actions/export?overdue=true", Http.basic(viewer, Users.PASSWORD))
            .statusCode());

    HttpResponse<String> audit =
        Http.get(
            API + "/audit-events?username=" + viewer + "&action=EXPORT",
            Http.basic("admin", Http.ADMIN_PASSWORD));
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(audit.body().contains("actions as CSV; agency=all overdue only"), audit.body());
  }
}
