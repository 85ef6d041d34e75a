package org.casereviews.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning events over the API as another council system would record them: attendance by agency,
 * changes with the version read, the board's summary to the person, the refusals, and who may do
 * what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningEventIT {

  static final String EVENTS = Http.app() + "/api/v1/learning-events";
  static final String REVIEWS = Http.app() + "/api/v1/reviews";

  private final String officer = Http.basic(Users.create("review-officer", null), Users.PASSWORD);

  @Test
  void aBriefingIsRecordedReadAndChangedWithTheVersionRead() {
    JsonObject review = review("Child A");
    String title = unique("7-minute briefing: Child A");

    HttpResponse<String> created =
        Http.postJson(
            EVENTS,
            officer,
            event(title, "SEVEN_MINUTE_BRIEFING", "2025-03-04")
                .add("review", review.getInt("id"))
                .add("audience", "Health visitors and school nurses")
                .add("themes", Json.createArrayBuilder().add("NEGLECT"))
                .add("attendance", Json.createObjectBuilder().add("POLICE", 12).add("CSC", 8))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject event = Http.json(created).asJsonObject();
    String url = created.headers().firstValue("Location").orElseThrow();

    JsonObject read = ok(Http.get(url, officer));
    assertEquals(title, read.getString("title"));
    assertEquals("7-minute briefing", read.getString("formatLabel"));
    assertEquals("2025-03-04", read.getString("heldOn"));
    assertFalse(read.getBoolean("planned"));
    assertEquals(
        review.getString("reference"), read.getJsonObject("review").getString("reference"));
    assertEquals(12, read.getJsonObject("attendance").getInt("POLICE"));
    assertEquals(8, read.getJsonObject("attendance").getInt("CSC"));
    assertEquals(20, read.getInt("totalAttendance"));

    JsonObject changed =
        ok(
            Http.putJson(
                url,
                officer,
                event(title, "SEVEN_MINUTE_BRIEFING", "2025-03-04")
                    .add("version", event.getInt("version"))
                    .add("review", review.getInt("id"))
                    .add("attendance", Json.createObjectBuilder().add("POLICE", 14).add("GP", 3))
                    .build()
                    .toString()));
    assertEquals(17, changed.getInt("totalAttendance"));
    assertFalse(changed.getJsonObject("attendance").containsKey("CSC"));

    HttpResponse<String> stale =
        Http.putJson(
            url,
            officer,
            event(title + " (stale)", "WORKSHOP", "2025-03-04")
                .add("version", event.getInt("version"))
                .add("review", review.getInt("id"))
                .build()
                .toString());
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("Someone else changed the learning event"), stale.body());
    JsonObject after = ok(Http.get(url, officer));
    assertEquals(title, after.getString("title"));
    assertEquals(17, after.getInt("totalAttendance"));
  }

  @Test
  void theSummaryCountsEventsAndPeopleByYearFormatAgencyAndReview() {
    // a year no other test uses, so that the figures are this test's alone
    JsonObject childB = review("Child B");
    JsonObject familyQ = review("Family Q");
    post(
        event(unique("Briefing"), "SEVEN_MINUTE_BRIEFING", "1987-03-02")
            .add("review", childB.getInt("id"))
            .add("attendance", Json.createObjectBuilder().add("POLICE", 12).add("CSC", 8)));
    post(
        event(unique("Workshop"), "WORKSHOP", "1987-06-15")
            .add("review", childB.getInt("id"))
            .add("attendance", Json.createObjectBuilder().add("POLICE", 0).add("GP", 15)));
    post(
        event(unique("Briefing"), "SEVEN_MINUTE_BRIEFING", "1987-11-20")
            .add("review", familyQ.getInt("id"))
            .add("attendance", Json.createObjectBuilder().add("CSC", 4)));
    post(
        event(unique("Note"), "BRIEFING_NOTE", "1987-12-31")
            .add("themes", Json.createArrayBuilder().add("NEGLECT")));
    post(
        event(unique("Next year"), "WORKSHOP", "1988-01-01")
            .add("review", childB.getInt("id"))
            .add("attendance", Json.createObjectBuilder().add("POLICE", 100)));

    JsonObject summary = ok(Http.get(EVENTS + "/summary?from=1987-01-01&to=1987-12-31", officer));

    assertEquals(4, summary.getInt("events"));
    assertEquals(39, summary.getInt("attendance"));
    assertEquals(0, summary.getInt("planned"));
    assertLine(summary.getJsonArray("byYear"), "1987", 4, 39);
    assertEquals(1, summary.getJsonArray("byYear").size());
    assertLine(summary.getJsonArray("byFormat"), "SEVEN_MINUTE_BRIEFING", 2, 24);
    assertLine(summary.getJsonArray("byFormat"), "WORKSHOP", 1, 15);
    assertLine(summary.getJsonArray("byFormat"), "BRIEFING_NOTE", 1, 0);
    assertLine(summary.getJsonArray("byAgency"), "CSC", 2, 12);
    assertLine(summary.getJsonArray("byAgency"), "POLICE", 1, 12);
    assertLine(summary.getJsonArray("byAgency"), "GP", 1, 15);
    assertEquals(3, summary.getJsonArray("byAgency").size());
    assertLine(summary.getJsonArray("byReview"), childB.getString("reference"), 2, 35);
    assertLine(summary.getJsonArray("byReview"), familyQ.getString("reference"), 1, 4);
    assertEquals(2, summary.getJsonArray("byReview").size());
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
    JsonObject review = review("Child C");
    int reviewId = review.getInt("id");

    refused(
        event(unique("Briefing"), "WORKSHOP", "2025-03-04")
            .add("review", reviewId)
            .add("attendance", Json.createObjectBuilder().add("NOPE", 3)),
        "attendance: There is no agency with the code NOPE.");
    refused(
        event(unique("Briefing"), "WORKSHOP", "2025-03-04")
            .add("review", reviewId)
            .add("themes", Json.createArrayBuilder().add("NOT_A_THEME")),
        "themes: There is no review theme with the code NOT_A_THEME.");
    refused(
        event(unique("Briefing"), "WORKSHOP", "2025-03-04")
            .add("review", reviewId)
            .add("attendance", Json.createObjectBuilder().add("POLICE", 5).add("CSC", -2)),
        "attendance: The attendance for Children's social care cannot be negative");
    refused(
        event(unique("Briefing"), "WORKSHOP", LocalDate.now().plusYears(1).toString())
            .add("review", reviewId)
            .add("attendance", Json.createObjectBuilder().add("POLICE", 5)),
        "attendance: The event is planned for");
    refused(
        event(unique("Briefing"), "WORKSHOP", "2025-03-04"),
        "review: Link the event to the review whose learning it spreads, or to at least one"
            + " theme.");
    refused(
        event(unique("Briefing"), "SEMINAR", "2025-03-04").add("review", reviewId),
        "format: 'SEMINAR' is not a format");

    HttpResponse<String> forReview = Http.get(EVENTS + "?review=" + reviewId, officer);
    assertEquals(200, forReview.statusCode(), forReview.body());
    assertEquals("0", forReview.headers().firstValue("X-Total-Count").orElseThrow());
  }

  @Test
  void aViewerReadsButCannotRecord() {
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);
    JsonObject event =
        post(
            event(unique("Briefing"), "PRESENTATION", "2025-01-20")
                .add("themes", Json.createArrayBuilder().add("NEGLECT")));

    assertEquals(200, Http.get(EVENTS + "/" + event.getInt("id"), viewer).statusCode());
    assertEquals(200, Http.get(EVENTS + "/summary", viewer).statusCode());
    HttpResponse<String> posted =
        Http.postJson(
            EVENTS,
            viewer,
            event(unique("Briefing"), "PRESENTATION", "2025-01-20")
                .add("themes", Json.createArrayBuilder().add("NEGLECT"))
                .build()
                .toString());
    assertEquals(403, posted.statusCode(), posted.body());
  }

  @Test
  void agencyLiaisonAndCdopOfficersHaveNoAccess() {
    JsonObject event =
        post(
            event(unique("Briefing"), "E_LEARNING", "2025-01-20")
                .add("themes", Json.createArrayBuilder().add("NEGLECT")));
    String body =
        event(unique("Briefing"), "E_LEARNING", "2025-01-20")
            .add("themes", Json.createArrayBuilder().add("NEGLECT"))
            .build()
            .toString();

    for (String who :
        new String[] {
          Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD),
          Http.basic(Users.create("cdop-officer", null), Users.PASSWORD)
        }) {
      assertEquals(403, Http.get(EVENTS, who).statusCode());
      assertEquals(403, Http.get(EVENTS + "/" + event.getInt("id"), who).statusCode());
      assertEquals(403, Http.get(EVENTS + "/summary", who).statusCode());
      assertEquals(403, Http.postJson(EVENTS, who, body).statusCode());
    }
  }

  @Test
  void theScreensOpenOnlyForTheRolesThatMayUseThem() {
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);
    String liaison = Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD);
    String screens = Http.app() + "/admin/learning/";

    HttpResponse<String> list = Http.get(screens, viewer);
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("How far the learning spread"), list.body());
    assertEquals(404, Http.get(screens + "edit.xhtml", viewer).statusCode());
    assertEquals(404, Http.get(screens, liaison).statusCode());
    assertEquals(200, Http.get(screens + "edit.xhtml", officer).statusCode());
  }

  private static void assertLine(JsonArray lines, String key, int events, int attendance) {
    JsonObject line =
        lines.stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getString("key").equals(key))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line " + key + " in " + lines));
    assertEquals(events, line.getInt("events"), key + " events");
    assertEquals(attendance, line.getInt("attendance"), key + " attendance");
  }

  private void refused(JsonObjectBuilder body, String detail) {
    HttpResponse<String> response = Http.postJson(EVENTS, officer, body.build().toString());
    assertEquals(400, response.statusCode(), response.body());
    JsonArray details = Http.json(response).asJsonObject().getJsonArray("details");
    assertTrue(
        details.getValuesAs(JsonString.class).stream()
            .anyMatch(d -> d.getString().startsWith(detail)),
        response.body());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonObject();
  }

  private JsonObject post(JsonObjectBuilder body) {
    HttpResponse<String> created = Http.postJson(EVENTS, officer, body.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private JsonObject review(String pseudonym) {
    HttpResponse<String> created =
        Http.postJson(
            REVIEWS,
            officer,
            Json.createObjectBuilder()
                .add("type", "LOCAL_LEARNING")
                .add("pseudonym", pseudonym)
                .add("category", "SERIOUS_HARM")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private static JsonObjectBuilder event(String title, String format, String heldOn) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("format", format)
        .add("heldOn", heldOn);
  }

  static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
