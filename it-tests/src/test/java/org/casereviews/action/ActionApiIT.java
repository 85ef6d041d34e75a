package org.casereviews.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.casereviews.it.ActionFixtures;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agency actions over the API: the partnership sets them, the owning agency reports progress and
 * adds evidence, only the partnership assures; other agencies are refused and audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionApiIT {

  static final String API = Http.app() + "/api/v1";
  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private final String officer = Http.basic(Users.create("review-officer", null), Users.PASSWORD);
  private final String police =
      Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD);

  @Test
  void theAgencyReportsCompletionAndOnlyThePartnershipAssures() {
    JsonObject action = newAction("POLICE", LocalDate.now().plusDays(30));
    assertEquals("GREEN", action.getString("rag"));

    HttpResponse<String> assuredByAgency =
        Http.patchJson(url(action), police, progress(action, "ASSURED", "All done."));
    JsonObject done =
        ok(
            Http.patchJson(
                url(action),
                police,
                progress(action, "AWAITING_ASSURANCE", "Training delivered to 40 officers.")));
    JsonObject assured =
        ok(
            Http.postJson(
                url(action) + "/assurance",
                officer,
                "{\"version\":"
                    + done.getInt("version")
                    + ",\"decision\":\"ACCEPTED\",\"note\":\"Attendance lists seen.\"}"));

    assertEquals(400, assuredByAgency.statusCode(), assuredByAgency.body());
    assertTrue(
        assuredByAgency.body().contains("Only the partnership assures"), assuredByAgency.body());
    assertEquals("AWAITING_ASSURANCE", done.getString("status"));
    assertEquals("ASSURED", assured.getString("status"));
    assertEquals("BLUE", assured.getString("rag"));
    assertEquals(2, assured.getJsonArray("notes").size());
    assertEquals("ACCEPTED", assured.getJsonArray("notes").getJsonObject(1).getString("decision"));
  }

  @Test
  void anotherAgencyIsRefusedAndTheAttemptIsAudited() {
    JsonObject action = newAction("POLICE", LocalDate.now().plusDays(30));
    String school = Http.basic(Users.create("agency-liaison", "EDUCATION"), Users.PASSWORD);

    HttpResponse<String> read = Http.get(url(action), school);
    HttpResponse<String> update =
        Http.patchJson(url(action), school, progress(action, "IN_PROGRESS", "Not ours."));
    HttpResponse<String> list = Http.get(API + "/actions?agency=POLICE", school);
    HttpResponse<String> audit =
        Http.get(API + "/audit-events?recordType=Action&recordId=" + action.getInt("id"), ADMIN);

    assertEquals(403, read.statusCode(), read.body());
    assertEquals(403, update.statusCode(), update.body());
    assertEquals(403, list.statusCode(), list.body());
    assertTrue(audit.body().contains("\"ACCESS_DENIED\""), audit.body());
    assertEquals(200, Http.get(url(action), police).statusCode());
  }

  @Test
  void aLiaisonOfficerListsOnlyTheirAgencysActions() {
    newAction("POLICE", LocalDate.now().plusDays(30));
    newAction("HOUSING", LocalDate.now().plusDays(30));

    HttpResponse<String> mine = Http.get(API + "/actions?size=100", police);

    assertEquals(200, mine.statusCode(), mine.body());
    Http.json(mine)
        .asJsonArray()
        .forEach(a -> assertEquals("POLICE", a.asJsonObject().getString("agency")));
  }

  @Test
  void aNewActionCannotBeDueInThePast() {
    JsonObject review = review();

    HttpResponse<String> refused =
        Http.postJson(
            API + "/reviews/" + review.getInt("id") + "/recommendations/1/actions",
            officer,
            actionJson("POLICE", LocalDate.now().minusDays(1)));

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("is in the past"), refused.body());
  }

  @Test
  void slippageNeedsAReasonAndTurnsTheRatingRedWhenOverdue() {
    JsonObject action = newAction("PROBATION", LocalDate.now().plusDays(30));
    String moveUrl = url(action) + "/due-date";
    String overdue = LocalDate.now().minusDays(3).toString();

    HttpResponse<String> noReason =
        Http.postJson(
            moveUrl,
            officer,
            "{\"version\":" + action.getInt("version") + ",\"dueOn\":\"" + overdue + "\"}");
    JsonObject moved =
        ok(
            Http.postJson(
                moveUrl,
                officer,
                "{\"version\":"
                    + action.getInt("version")
                    + ",\"dueOn\":\""
                    + overdue
                    + "\",\"reason\":\"Corrected to the date agreed at the board.\"}"));

    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals("RED", moved.getString("rag"));
    assertEquals(3, moved.getInt("daysOverdue"));
    assertEquals(
        "Corrected to the date agreed at the board.",
        moved.getJsonArray("slippage").getJsonObject(0).getString("reason"));
    assertTrue(
        Http.get(API + "/actions?overdue=true&agency=PROBATION&size=100", officer)
            .body()
            .contains("\"id\":" + action.getInt("id")));
  }

  @Test
  void evidenceIsCheckedByItsContentAndItsSize() {
    JsonObject action = newAction("POLICE", LocalDate.now().plusDays(30));
    String evidence = url(action) + "/evidence?name=";
    byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] tooBig = Arrays.copyOf(pdf, 1024 * 1024 + 1);

    HttpResponse<String> added = Http.postBytes(evidence + "audit-report.pdf", police, pdf);
    HttpResponse<String> fake =
        Http.postBytes(
            evidence + "minutes.pdf", police, "just text".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> empty = Http.postBytes(evidence + "empty.pdf", police, new byte[0]);
    HttpResponse<String> large = Http.postBytes(evidence + "large.pdf", police, tooBig);
    HttpResponse<String> download =
        Http.get(
            url(action) + "/evidence/" + Http.json(added).asJsonObject().getInt("id"), officer);

    assertEquals(201, added.statusCode(), added.body());
    assertEquals("PDF", Http.json(added).asJsonObject().getString("type"));
    assertEquals(400, fake.statusCode(), fake.body());
    assertTrue(
        fake.body().contains("minutes.pdf is called a PDF document but its content is not"),
        fake.body());
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("empty"), empty.body());
    assertEquals(413, large.statusCode(), large.body());
    assertTrue(large.body().contains("limit of 1 MB"), large.body());
    long evidenceId = Http.json(added).asJsonObject().getJsonNumber("id").longValue();
    String school = Http.basic(Users.create("agency-liaison", "EDUCATION"), Users.PASSWORD);
    HttpResponse<String> screenDownload =
        Http.get(Http.app() + "/admin/actions/evidence/" + evidenceId, police);
    HttpResponse<String> otherAgency =
        Http.get(Http.app() + "/admin/actions/evidence/" + evidenceId, school);

    assertEquals(200, download.statusCode());
    assertTrue(download.body().startsWith("%PDF-1.4"));
    assertEquals(200, screenDownload.statusCode());
    assertTrue(
        screenDownload
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("audit-report.pdf"));
    assertEquals(404, otherAgency.statusCode(), "another agency's evidence answers like none");
    assertEquals(1, ok(Http.get(url(action), officer)).getJsonArray("evidence").size());
  }

  @Test
  void aViewerReadsActionsButCannotChangeThem() {
    JsonObject action = newAction("CSC", LocalDate.now().plusDays(30));
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);

    assertEquals(200, Http.get(url(action), viewer).statusCode());
    assertEquals(
        403,
        Http.patchJson(url(action), viewer, progress(action, "IN_PROGRESS", "x")).statusCode());
    assertEquals(
        403,
        Http.postJson(
                API + "/reviews/" + review().getInt("id") + "/recommendations/1/actions",
                viewer,
                actionJson("CSC", LocalDate.now().plusDays(5)))
            .statusCode());
  }

  private JsonObject newAction(String agency, LocalDate due) {
    return ActionFixtures.action(
        officer,
        review().getInt("id"),
        agency,
        "Brief all response officers on household checks.",
        due);
  }

  private JsonObject review() {
    return ActionFixtures.reviewWithRecommendation(
        officer,
        "SILP",
        "Child Q",
        "Agencies should check who lives in the household.",
        "PROFESSIONAL_CURIOSITY");
  }

  private static String actionJson(String agency, LocalDate due) {
    return "{\"agency\":\""
        + agency
        + "\",\"owner\":\"Det. Insp. Jane Hale\",\"description\":\"Brief all response officers on"
        + " household checks.\",\"dueOn\":\""
        + due
        + "\"}";
  }

  private static String progress(JsonObject action, String status, String note) {
    return "{\"version\":"
        + action.getInt("version")
        + ",\"status\":\""
        + status
        + "\",\"note\":\""
        + note
        + "\"}";
  }

  private static String url(JsonObject action) {
    return API + "/actions/" + action.getInt("id");
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonObject();
  }
}
