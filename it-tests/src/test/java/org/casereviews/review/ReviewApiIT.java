package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A case from notification to publication through the API, as another council system would run it,
 * with every statutory deadline checked to the day; and the refusals on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewApiIT {

  static final String REVIEWS = Http.app() + "/api/v1/reviews";
  static final String NOTIFICATIONS = Http.app() + "/api/v1/notifications";

  private final String officer = Http.basic(Users.create("review-officer", null), Users.PASSWORD);

  @Test
  void fromNotificationThroughRapidReviewToAPublishedLcspr() {
    JsonObject notification = notify("2024-12-18", "2024-12-20");
    long notificationId = notification.getJsonNumber("id").longValue();

    JsonObject triaged =
        ok(
            Http.postJson(
                NOTIFICATIONS + "/" + notificationId + "/triage",
                officer,
                "{\"version\":"
                    + notification.getInt("version")
                    + ",\"decision\":\"RAPID_REVIEW\",\"reasons\":\"Criteria met: serious harm,"
                    + " neglect suspected.\",\"pseudonym\":\"Baby Sama\"}"));
    assertEquals("RAPID_REVIEW", triaged.getString("triageDecision"));
    long rapidId = triaged.getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();

    JsonObject rapid = ok(Http.get(REVIEWS + "/" + rapidId, officer));
    assertTrue(
        rapid.getString("reference").matches("SCP \\d{4}-\\d{2}/\\d{2,}"),
        rapid.getString("reference"));
    assertEquals("RAPID_REVIEW", rapid.getString("status"));
    assertEquals("2024-12-20", rapid.getJsonObject("dates").getString("awareOn"));
    // Friday 20 December 2024: 5 working days to tell the Panel, 15 for the rapid review
    assertEquals("2024-12-31", deadline(rapid, "NATIONAL_NOTIFICATION").getString("due"));
    assertEquals("2025-01-15", deadline(rapid, "RAPID_REVIEW").getString("due"));

    rapid = move(rapid, "SUBMITTED_TO_PANEL", "2025-01-10", null, null);
    assertEquals("MET", deadline(rapid, "RAPID_REVIEW").getString("urgency"));
    assertEquals("met 3 working days early", deadline(rapid, "RAPID_REVIEW").getString("standing"));
    rapid = move(rapid, "DECIDED", "2025-01-24", null, "LOCAL_REVIEW");
    assertEquals("LOCAL_REVIEW", rapid.getString("panelDecision"));

    HttpResponse<String> commissioned =
        Http.postJson(
            REVIEWS + "/" + rapidId + "/local-review",
            officer,
            "{\"version\":" + rapid.getInt("version") + ",\"initiatedOn\":\"2025-02-25\"}");
    assertEquals(201, commissioned.statusCode(), commissioned.body());
    JsonObject lcspr = Http.json(commissioned).asJsonObject();
    assertEquals("LCSPR", lcspr.getString("type"));
    assertEquals("Baby Sama", lcspr.getString("pseudonym"));
    assertEquals(rapidId, lcspr.getJsonObject("origin").getJsonNumber("id").longValue());
    assertEquals(1, lcspr.getJsonArray("children").size());
    // 25 August 2025 is the summer bank holiday: publication is due on Friday 22nd, and the
    // report to the Panel 7 working days before
    assertEquals("2025-08-22", deadline(lcspr, "PUBLICATION").getString("due"));
    assertEquals("2025-08-13", deadline(lcspr, "PANEL_REPORT").getString("due"));

    lcspr = move(lcspr, "IN_PROGRESS", "2025-03-03", null, null);
    lcspr = move(lcspr, "DRAFT", "2025-06-02", null, null);
    lcspr = move(lcspr, "SIGNED_OFF", "2025-07-01", null, null);
    lcspr = move(lcspr, "SENT_BEFORE_PUBLICATION", "2025-07-02", null, null);
    lcspr = move(lcspr, "PUBLISHED", "2025-07-15", null, null);

    assertEquals("PUBLISHED", lcspr.getString("status"));
    assertEquals("MET", deadline(lcspr, "PUBLICATION").getString("urgency"));
    assertEquals(6, lcspr.getJsonArray("history").size(), "opened and five moves");
    JsonObject followed = ok(Http.get(REVIEWS + "/" + rapidId, officer));
    assertEquals(
        lcspr.getString("reference"), followed.getJsonObject("followedBy").getString("reference"));
  }

  @Test
  void tellingThePanelRecountsTheRapidReviewFromThatDay() {
    JsonObject notification = notify("2024-12-18", "2024-12-20");
    String url = NOTIFICATIONS + "/" + notification.getInt("id");
    JsonObject triaged =
        ok(
            Http.postJson(
                url + "/triage",
                officer,
                "{\"version\":"
                    + notification.getInt("version")
                    + ",\"decision\":\"RAPID_REVIEW\",\"reasons\":\"Criteria met.\","
                    + "\"pseudonym\":\"Child P\"}"));
    long rapidId = triaged.getJsonArray("reviews").getJsonObject(0).getJsonNumber("id").longValue();

    ok(
        Http.postJson(
            url + "/panel-notification",
            officer,
            "{\"version\":" + triaged.getInt("version") + ",\"date\":\"2024-12-23\"}"));
    JsonObject rapid = ok(Http.get(REVIEWS + "/" + rapidId, officer));

    assertEquals("2024-12-23", rapid.getJsonObject("dates").getString("notifiedOn"));
    assertEquals("MET", deadline(rapid, "NATIONAL_NOTIFICATION").getString("urgency"));
    // 15 working days now count from Monday 23 December instead of Friday 20th
    assertEquals("2025-01-16", deadline(rapid, "RAPID_REVIEW").getString("due"));
    JsonObject moved = rapid.getJsonArray("deadlineHistory").getJsonObject(0);
    assertEquals("2025-01-15", moved.getString("previousDue"));
    assertEquals("The national Panel was notified on 23 December 2024", moved.getString("reason"));
  }

  @Test
  void aMoveTheLifecycleForbidsIsRefusedNamingWhatIsAllowed() {
    JsonObject review = create(review("SILP", "Family Q"));

    HttpResponse<String> refused = transition(review, "PUBLISHED", "2025-07-15", null, null);

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("can only become: In progress, Closed"), refused.body());
  }

  @Test
  void publishingBeforeSignOffIsRefusedAndNothingIsHalfSaved() {
    JsonObject review =
        create(
            review("THEMATIC", "Neglect 2025")
                .add("dates", Json.createObjectBuilder().add("initiatedOn", "2025-01-06")));
    review = move(review, "IN_PROGRESS", "2025-03-03", null, null);
    review = move(review, "DRAFT", "2025-05-01", null, null);
    review = move(review, "SIGNED_OFF", "2025-06-02", null, null);

    HttpResponse<String> refused = transition(review, "PUBLISHED", "2025-06-01", null, null);
    JsonObject after = ok(Http.get(REVIEWS + "/" + review.getInt("id"), officer));

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        "Publication (1 June 2025) cannot come before sign-off (2 June 2025).",
        Http.json(refused).asJsonObject().getString("message"));
    assertEquals("SIGNED_OFF", after.getString("status"));
    assertFalse(after.getJsonObject("dates").containsKey("publishedOn"), "no publication date");
  }

  @Test
  void anEditOnAStaleVersionIs409() {
    JsonObject review = create(review("IMR", "Child B"));
    move(review, "IN_PROGRESS", "2025-03-03", null, null);

    HttpResponse<String> stale =
        transition(review, "CLOSED", "2025-03-04", "Duplicate record", null);

    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("Reload the review"), stale.body());
  }

  @Test
  void changingADateThatMovesADeadlineNeedsAReasonAndIsKeptInTheHistory() {
    JsonObjectBuilder body = review("LCSPR", "Child C");
    body.add("dates", Json.createObjectBuilder().add("initiatedOn", "2025-02-25"));
    JsonObject lcspr = create(body);
    assertEquals("2025-08-22", deadline(lcspr, "PUBLICATION").getString("due"));

    JsonObjectBuilder change = review("LCSPR", "Child C").add("version", lcspr.getInt("version"));
    change.add("dates", Json.createObjectBuilder().add("initiatedOn", "2025-03-03"));
    HttpResponse<String> noReason =
        Http.putJson(REVIEWS + "/" + lcspr.getInt("id"), officer, change.build().toString());
    change = review("LCSPR", "Child C").add("version", lcspr.getInt("version"));
    change.add("dates", Json.createObjectBuilder().add("initiatedOn", "2025-03-03"));
    change.add("dateChangeReason", "The panel met on 3 March, not 25 February.");
    JsonObject changed =
        ok(Http.putJson(REVIEWS + "/" + lcspr.getInt("id"), officer, change.build().toString()));

    assertEquals(400, noReason.statusCode(), noReason.body());
    assertTrue(noReason.body().contains("dateChangeReason"), noReason.body());
    assertEquals("2025-09-03", deadline(changed, "PUBLICATION").getString("due"));
    JsonObject moved =
        changed.getJsonArray("deadlineHistory").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("deadline").equals("PUBLICATION"))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-08-22", moved.getString("previousDue"));
    assertEquals("2025-09-03", moved.getString("newDue"));
    assertEquals("The panel met on 3 March, not 25 February.", moved.getString("reason"));
  }

  @Test
  void anUnknownThemeIsRefusedAndNoReviewIsOpened() {
    String pseudonym = "Unknown theme " + UUID.randomUUID();
    JsonObjectBuilder body = review("THEMATIC", pseudonym);
    body.add("themes", Json.createArrayBuilder().add("NEGLECT").add("ASTROLOGY"));

    HttpResponse<String> refused = Http.postJson(REVIEWS, officer, body.build().toString());

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(
        "There is no review theme with the code ASTROLOGY.",
        Http.json(refused).asJsonObject().getString("message"));
    assertEquals(
        "0",
        Http.get(REVIEWS + "?q=" + pseudonym.replace(" ", "%20"), officer)
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }

  @Test
  void theListIsFilteredSearchedAndPagedInTheDatabase() {
    String marker = "Kestrel" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 3; i++) {
      JsonObjectBuilder body = review("PRACTICE_AUDIT", marker + " " + i);
      body.add("themes", Json.createArrayBuilder().add("DOMESTIC_ABUSE"));
      body.add("agencies", Json.createArrayBuilder().add("PROBATION"));
      create(body);
    }
    create(review("SILP", marker + " silp"));

    HttpResponse<String> audits =
        Http.get(REVIEWS + "?type=PRACTICE_AUDIT&q=" + marker + "&size=2&sort=pseudonym", officer);
    HttpResponse<String> byTheme =
        Http.get(REVIEWS + "?q=" + marker + "&theme=DOMESTIC_ABUSE&agency=PROBATION", officer);
    HttpResponse<String> byThemeName = Http.get(REVIEWS + "?q=domestic%20abuse&size=100", officer);

    assertEquals(200, audits.statusCode(), audits.body());
    assertEquals("3", audits.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(2, Http.json(audits).asJsonArray().size());
    assertEquals(
        marker + " 0", Http.json(audits).asJsonArray().getJsonObject(0).getString("pseudonym"));
    assertTrue(audits.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));
    assertEquals("3", byTheme.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(byThemeName.body().contains(marker + " 1"), "found by the theme's name");
  }

  @Test
  void findingsAndRecommendationsAreNumberedWithTheirThemes() {
    JsonObject review = create(review("LOCAL_LEARNING", "Child D"));
    String url = REVIEWS + "/" + review.getInt("id");

    Http.postJson(
        url + "/findings",
        officer,
        "{\"text\":\"Health visitors did not see the baby.\",\"themes\":[\"VOICE_OF_CHILD\"]}");
    Http.postJson(
        url + "/findings",
        officer,
        "{\"text\":\"Information was not shared.\",\"themes\":[\"INFORMATION_SHARING\"]}");
    HttpResponse<String> added =
        Http.postJson(
            url + "/recommendations",
            officer,
            "{\"finding\":2,\"text\":\"Agree a protocol.\",\"themes\":[\"INFORMATION_SHARING\"]}");

    assertEquals(201, added.statusCode(), added.body());
    JsonObject body = Http.json(added).asJsonObject();
    assertEquals(2, body.getJsonArray("findings").size());
    assertEquals(2, body.getJsonArray("findings").getJsonObject(1).getInt("number"));
    JsonObject recommendation = body.getJsonArray("recommendations").getJsonObject(0);
    assertEquals(1, recommendation.getInt("number"));
    assertEquals(2, recommendation.getInt("finding"));
    assertEquals("INFORMATION_SHARING", recommendation.getJsonArray("themes").getString(0));
  }

  @Test
  void aViewerReadsButCannotChangeAndALiaisonOfficerSeesNoReviews() {
    JsonObject review = create(review("SILP", "Child E"));
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);
    String liaison = Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD);

    assertEquals(200, Http.get(REVIEWS + "/" + review.getInt("id"), viewer).statusCode());
    assertEquals(
        403,
        Http.postJson(REVIEWS, viewer, review("SILP", "Nope").build().toString()).statusCode());
    assertEquals(403, transition(review, "IN_PROGRESS", null, null, null, viewer).statusCode());
    assertEquals(403, Http.get(REVIEWS, liaison).statusCode());
    assertEquals(403, Http.get(REVIEWS + "/" + review.getInt("id"), liaison).statusCode());
  }

  @Test
  void freeTextIsStoredAsTypedAndShownEscaped() {
    String typed = "Mother said \"it's fine\" & left <script>alert('x')</script>";
    JsonObjectBuilder body = review("SILP", "Child F");
    body.add("summary", typed);
    JsonObject review = create(body);

    HttpResponse<String> page =
        Http.get(Http.app() + "/admin/reviews/view.xhtml?id=" + review.getInt("id"), officer);

    assertEquals(typed, review.getString("summary"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("&lt;script&gt;alert("), "escaped on the page");
    assertFalse(page.body().contains("<script>alert("), "never raw on the page");
  }

  @Test
  void anOfficersOverdueDeadlinesAreOnTheirDashboard() {
    JsonObjectBuilder body = review("RAPID_REVIEW", "Child L");
    body.add(
        "dates",
        Json.createObjectBuilder().add("incidentOn", "2025-01-02").add("awareOn", "2025-01-06"));
    JsonObject rapid = create(body);

    HttpResponse<String> dashboard = Http.get(Http.app() + "/admin/", officer);

    assertEquals("OVERDUE", deadline(rapid, "RAPID_REVIEW").getString("urgency"));
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains(rapid.getString("reference")), "the review is listed");
    assertTrue(dashboard.body().contains("Send the rapid review to the Panel"));
    assertTrue(dashboard.body().contains("working days overdue"));
  }

  @Test
  void aThematicReviewCoversSeveralCases() {
    JsonObject first = create(review("SILP", "Child M"));
    JsonObject second = create(review("SILP", "Child N"));
    JsonObjectBuilder body = review("THEMATIC", "Bruising in babies");
    body.add("cases", Json.createArrayBuilder().add(first.getInt("id")).add(second.getInt("id")));
    body.add("themes", Json.createArrayBuilder().add("BRUISING_NON_MOBILE"));

    JsonObject thematic = create(body);

    assertEquals(2, thematic.getJsonArray("cases").size());
    Set<String> covered =
        thematic.getJsonArray("cases").stream()
            .map(c -> c.asJsonObject().getString("reference"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(first.getString("reference"), second.getString("reference")), covered);
  }

  @Test
  void theReferenceFollowsThePartnershipsFormatAndGoesUpWithinTheYear() {
    JsonObject first = create(review("IMR", "Child G"));
    JsonObject second = create(review("IMR", "Child H"));

    String[] a = first.getString("reference").split("/");
    String[] b = second.getString("reference").split("/");
    assertEquals(a[0], b[0]);
    assertEquals(Integer.parseInt(a[1]) + 1, Integer.parseInt(b[1]));
  }

  private JsonObject notify(String incident, String aware) {
    HttpResponse<String> created =
        Http.postJson(
            NOTIFICATIONS,
            Http.basic(Users.create("agency-liaison", "HOSPITAL"), Users.PASSWORD),
            "{\"incidentDate\":\""
                + incident
                + "\",\"awareDate\":\""
                + aware
                + "\",\"category\":\"serious harm\",\"summary\":\"Fractures in a 3-month-old.\","
                + "\"agenciesInvolved\":[\"CSC\",\"GP\"],\"children\":[{\"ageYears\":0,"
                + "\"ageMonths\":3,\"sex\":\"F\",\"ethnicity\":\"N\",\"disability\":false,"
                + "\"lookedAfter\":false,\"childProtectionPlan\":false}]}");
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private static JsonObjectBuilder review(String type, String pseudonym) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("pseudonym", pseudonym)
        .add("category", "SERIOUS_HARM")
        .add("workingTogether", "2023");
  }

  private JsonObject create(JsonObjectBuilder body) {
    HttpResponse<String> created = Http.postJson(REVIEWS, officer, body.build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private JsonObject move(JsonObject review, String to, String on, String reason, String decision) {
    return ok(transition(review, to, on, reason, decision));
  }

  private HttpResponse<String> transition(
      JsonObject review, String to, String on, String reason, String decision) {
    return transition(review, to, on, reason, decision, officer);
  }

  private static HttpResponse<String> transition(
      JsonObject review, String to, String on, String reason, String decision, String who) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("version", review.getInt("version")).add("to", to);
    if (on != null) {
      body.add("on", on);
    }
    if (reason != null) {
      body.add("reason", reason);
    }
    if (decision != null) {
      body.add("decision", decision);
    }
    return Http.postJson(
        REVIEWS + "/" + review.getInt("id") + "/transitions", who, body.build().toString());
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).asJsonObject();
  }

  private static JsonObject deadline(JsonObject review, String kind) {
    return review.getJsonArray("deadlines").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("deadline").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + kind + " in " + review));
  }
}
