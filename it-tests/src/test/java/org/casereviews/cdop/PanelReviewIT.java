package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The panel's work on child death records over the API on the real EAR, with records made by
 * importing a file: the whole path from notified to closed with its days checked, refused moves,
 * the Joint Agency Response flag, the case review link, panel meetings with their cases, and every
 * role outside the CDOP refused and audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PanelReviewIT {

  private static final String API = Http.app() + "/api/v1";

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private final String cdop = Http.basic(Users.create(Roles.CDOP_OFFICER, null), Users.PASSWORD);

  private final LocalDate died = LocalDate.now().minusDays(120);

  @Test
  void aRecordGoesFromNotifiedToClosedWithEachDayChecked() {
    long id = DeathRecordFixtures.record(cdop, "Pathway", died, "Y");
    assertEquals("NOTIFIED", panel(id).getString("status"));

    move(id, "INFORMATION_GATHERING", died.plusDays(5), null, 200);
    refused(move(id, "CDR_MEETING_HELD", died.minusDays(1), null, 400), "before the child died");
    refused(move(id, "CDR_MEETING_HELD", LocalDate.now().plusDays(1), null, 400), "future");
    JsonObject met = move(id, "CDR_MEETING_HELD", died.plusDays(30), null, 200);
    assertEquals(died.plusDays(30).toString(), met.getString("cdrMeetingOn"));

    refused(review(id, died.plusDays(29), 3, "YES", 400), "before the child death review meeting");
    JsonObject reviewed = review(id, died.plusDays(60), 3, "YES", 200);
    assertEquals("PANEL_REVIEWED", reviewed.getString("status"));
    assertEquals(3, reviewed.getInt("category"));
    assertEquals("YES", reviewed.getString("modifiable"));
    assertEquals("Fit window restrictors", reviewed.getString("learningPoints"));
    JsonArray factors = reviewed.getJsonArray("factors");
    assertEquals(2, factors.size(), reviewed.toString());
    assertEquals("PHYSICAL_ENVIRONMENT", factors.getJsonObject(0).getString("domain"));
    assertEquals(2, factors.getJsonObject(0).getInt("score"));

    refused(move(id, "CLOSED", died.plusDays(59), null, 400), "before the panel's review");
    JsonObject closed = move(id, "CLOSED", died.plusDays(90), null, 200);
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals(died.plusDays(90).toString(), closed.getString("closedOn"));
    assertTrue(closed.isNull("nextStatus"));

    List<String> timeline =
        timeline(id).stream()
            .map(JsonValue::asJsonObject)
            .map(t -> t.getString("on") + " " + t.getString("kind") + " " + t.getString("by"))
            .toList();
    String user = cdopName();
    assertEquals(
        List.of(
            died.plusDays(1) + " NOTIFICATION HOSPITAL",
            died.plusDays(2) + " NOTIFICATION REGISTRAR",
            died.plusDays(5) + " STATUS " + user,
            died.plusDays(30) + " STATUS " + user,
            died.plusDays(60) + " STATUS " + user,
            died.plusDays(90) + " STATUS " + user),
        timeline);
  }

  @Test
  void aMoveIsRefusedWithoutACategoryOutOfOrderOnAStaleVersionOrBackWithoutAReason() {
    long id = DeathRecordFixtures.record(cdop, "Refusal", died, "Y");
    refused(move(id, "CDR_MEETING_HELD", died.plusDays(3), null, 400), "next stage");
    move(id, "INFORMATION_GATHERING", died.plusDays(3), null, 200);
    long stale = panel(id).getJsonNumber("version").longValue() - 1;
    HttpResponse<String> conflict =
        Http.postJson(
            API + "/child-deaths/" + id + "/transitions",
            cdop,
            "{\"version\":" + stale + ",\"to\":\"CDR_MEETING_HELD\"}");
    assertEquals(409, conflict.statusCode(), conflict.body());
    move(id, "CDR_MEETING_HELD", died.plusDays(20), null, 200);

    JsonObject noCategory = review(id, died.plusDays(40), null, "NO", 400);
    assertTrue(noCategory.getJsonArray("details").getString(0).startsWith("category:"));
    refused(review(id, died.plusDays(40), 4, null, 400), "modifiable factors");
    assertEquals("CDR_MEETING_HELD", panel(id).getString("status"));

    refused(move(id, "INFORMATION_GATHERING", null, " ", 400), "Say why");
    JsonObject back = move(id, "INFORMATION_GATHERING", null, "Meeting minutes were wrong", 200);
    assertTrue(back.isNull("cdrMeetingOn"), back.toString());
    assertEquals(
        "Meeting minutes were wrong",
        timeline(id).getJsonObject(timeline(id).size() - 1).getString("note"));
  }

  @Test
  void theJointAgencyResponseFlagIsSetForAnUnexpectedDeathAndClearedOnlyWithAReason() {
    long id = DeathRecordFixtures.record(cdop, "Sudden", died, "N");
    assertTrue(panel(id).getBoolean("jointAgencyResponse"));
    refused(jar(id, false, null, 400), "say why");
    assertFalse(
        jar(id, false, "Death in a hospice, the police agreed", 200)
            .getBoolean("jointAgencyResponse"));
    assertTrue(jar(id, true, null, 200).getBoolean("jointAgencyResponse"));
    HttpResponse<String> audit =
        Http.get(
            API + "/audit-events?recordType=ChildDeath&recordId=" + id + "&action=UPDATE", ADMIN);
    assertTrue(
        audit.body().contains("joint agency response cleared: Death in a hospice"), audit.body());
  }

  @Test
  void aCaseReviewIsLinkedAndUnlinked() {
    long id = DeathRecordFixtures.record(cdop, "Linked", died, "U");
    HttpResponse<String> created =
        Http.postJson(
            API + "/reviews",
            ADMIN,
            "{\"type\":\"LCSPR\",\"pseudonym\":\"Child P\",\"category\":\"DEATH\"}");
    assertEquals(201, created.statusCode(), created.body());
    long review = Http.json(created).asJsonObject().getJsonNumber("id").longValue();

    refused(link(id, 999_999_999L, 400), "no case review number 999999999");
    assertEquals(review, link(id, review, 200).getJsonNumber("caseReviewId").longValue());
    assertTrue(link(id, null, 200).isNull("caseReviewId"));
  }

  @Test
  void aPanelMeetingHoldsItsCasesAndDatesTheirReview() {
    long first = DeathRecordFixtures.record(cdop, "MeetingOne", died, "Y");
    long second = DeathRecordFixtures.record(cdop, "MeetingTwo", died, "Y");
    LocalDate held = died.plusDays(50);
    HttpResponse<String> created =
        Http.postJson(
            API + "/panel-meetings",
            cdop,
            "{\"heldOn\":\""
                + held
                + "\",\"title\":\"CDOP panel "
                + first
                + "\",\"notes\":\"Quorate\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject meeting = Http.json(created).asJsonObject();
    String at = API + "/panel-meetings/" + meeting.getInt("id");
    assertEquals(200, Http.postJson(at + "/cases/" + first, cdop, "").statusCode());
    JsonObject both = Http.json(Http.postJson(at + "/cases/" + second, cdop, "")).asJsonObject();
    assertEquals(2, both.getJsonArray("cases").size(), both.toString());
    assertEquals(
        404, Http.postJson(at + "/cases/999999999", cdop, "").statusCode(), "no such record");

    JsonObject listed =
        Http.json(Http.get(API + "/panel-meetings", cdop)).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getInt("id") == meeting.getInt("id"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, listed.getInt("cases"));

    HttpResponse<String> removed =
        Http.send(
            HttpRequest.newBuilder(URI.create(at + "/cases/" + second))
                .DELETE()
                .header("Authorization", cdop)
                .build());
    assertEquals(200, removed.statusCode(), removed.body());
    JsonObject one = Http.json(Http.get(at, cdop)).asJsonObject();
    assertEquals(
        List.of((long) first),
        one.getJsonArray("cases").stream()
            .map(c -> c.asJsonObject().getJsonNumber("childDeathId").longValue())
            .toList());
    HttpResponse<String> stale =
        Http.putJson(
            at,
            cdop,
            "{\"version\":"
                + (one.getInt("version") + 5)
                + ",\"heldOn\":\""
                + held
                + "\",\"title\":\"Renamed\"}");
    assertEquals(409, stale.statusCode(), stale.body());
    HttpResponse<String> renamed =
        Http.putJson(
            at,
            cdop,
            "{\"version\":"
                + one.getInt("version")
                + ",\"heldOn\":\""
                + held
                + "\",\"title\":\"Renamed\"}");
    assertEquals("Renamed", Http.json(renamed).asJsonObject().getString("title"), renamed.body());

    move(first, "INFORMATION_GATHERING", died.plusDays(2), null, 200);
    move(first, "CDR_MEETING_HELD", died.plusDays(20), null, 200);
    JsonObject reviewed = review(first, null, 9, "INSUFFICIENT_INFORMATION", 200);
    assertEquals(held.toString(), reviewed.getString("panelReviewedOn"), "the meeting's day");
  }

  @Test
  void everyRoleOutsideTheCdopIsRefusedAndTheRefusalAudited() {
    long id = DeathRecordFixtures.record(cdop, "Private", died, "Y");
    for (String role : List.of(Roles.REVIEW_OFFICER, Roles.VIEWER, Roles.AGENCY_LIAISON)) {
      String user = Users.create(role, Roles.AGENCY_LIAISON.equals(role) ? "POLICE" : null);
      String auth = Http.basic(user, Users.PASSWORD);
      String record = API + "/child-deaths/" + id;
      List<HttpResponse<String>> answers =
          List.of(
              Http.postJson(
                  record + "/transitions",
                  auth,
                  "{\"version\":1,\"to\":\"INFORMATION_GATHERING\"}"),
              Http.putJson(
                  record + "/panel-review",
                  auth,
                  "{\"version\":1,\"category\":1,\"modifiable\":\"NO\"}"),
              Http.putJson(
                  record + "/joint-agency-response", auth, "{\"version\":1,\"required\":false}"),
              Http.get(record + "/timeline", auth),
              Http.get(API + "/panel-meetings", auth),
              Http.postJson(
                  API + "/panel-meetings", auth, "{\"heldOn\":\"2025-01-01\",\"title\":\"x\"}"));
      for (HttpResponse<String> answer : answers) {
        assertEquals(
            403, answer.statusCode(), role + " " + answer.request().uri() + ": " + answer.body());
      }
      HttpResponse<String> audit =
          Http.get(API + "/audit-events?username=" + user + "&action=ACCESS_DENIED", ADMIN);
      assertEquals(
          answers.size(), Http.json(audit).asJsonArray().size(), role + ": " + audit.body());
    }
    assertEquals("NOTIFIED", panel(id).getString("status"));
  }

  private JsonObject panel(long id) {
    HttpResponse<String> found = Http.get(API + "/child-deaths/" + id + "/panel-review", cdop);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).asJsonObject();
  }

  private long version(long id) {
    return panel(id).getJsonNumber("version").longValue();
  }

  private JsonObject move(long id, String to, LocalDate on, String reason, int status) {
    var body = Json.createObjectBuilder().add("version", version(id)).add("to", to);
    if (on != null) {
      body.add("on", on.toString());
    }
    if (reason != null) {
      body.add("reason", reason);
    }
    return expect(
        status,
        Http.postJson(API + "/child-deaths/" + id + "/transitions", cdop, body.build().toString()));
  }

  private JsonObject review(
      long id, LocalDate on, Integer category, String modifiable, int status) {
    var body =
        Json.createObjectBuilder()
            .add("version", version(id))
            .add("learningPoints", "Fit window restrictors")
            .add(
                "factors",
                Json.createArrayBuilder()
                    .add(factor("PHYSICAL_ENVIRONMENT", "Unrestricted upstairs window", 2))
                    .add(factor("SERVICE_PROVISION", "Health visitor saw the family", 1)));
    if (on != null) {
      body.add("reviewedOn", on.toString());
    }
    if (category != null) {
      body.add("category", category);
    }
    if (modifiable != null) {
      body.add("modifiable", modifiable);
    }
    return expect(
        status,
        Http.putJson(API + "/child-deaths/" + id + "/panel-review", cdop, body.build().toString()));
  }

  private JsonObject jar(long id, boolean required, String reason, int status) {
    var body = Json.createObjectBuilder().add("version", version(id)).add("required", required);
    if (reason != null) {
      body.add("reason", reason);
    }
    return expect(
        status,
        Http.putJson(
            API + "/child-deaths/" + id + "/joint-agency-response", cdop, body.build().toString()));
  }

  private JsonObject link(long id, Long review, int status) {
    var body = Json.createObjectBuilder().add("version", version(id));
    if (review == null) {
      body.addNull("reviewId");
    } else {
      body.add("reviewId", review);
    }
    return expect(
        status,
        Http.putJson(API + "/child-deaths/" + id + "/case-review", cdop, body.build().toString()));
  }

  private JsonArray timeline(long id) {
    HttpResponse<String> found = Http.get(API + "/child-deaths/" + id + "/timeline", cdop);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).asJsonArray();
  }

  private String cdopName() {
    return Http.json(Http.get(API + "/me", cdop)).asJsonObject().getString("username");
  }

  private static JsonObject factor(String domain, String description, int score) {
    return Json.createObjectBuilder()
        .add("domain", domain)
        .add("description", description)
        .add("score", score)
        .build();
  }

  private static JsonObject expect(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.request().uri() + ": " + answer.body());
    return Http.json(answer).asJsonObject();
  }

  private static void refused(JsonObject error, String part) {
    assertTrue(error.getString("message").contains(part), error.toString());
  }
}
