package org.casereviews.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Significant-incident notifications over the API: agency systems submit them, liaison officers see
 * only their own agency's, bad input is refused naming the field, and reads are audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  static final String URL = Http.app() + "/api/v1/notifications";
  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  @Test
  void aLiaisonOfficerNotifiesForTheirOwnAgencyWhateverTheySend() {
    String police = liaison("POLICE");

    HttpResponse<String> created =
        Http.postJson(
            URL,
            police,
            notification("HOSPITAL", "2024-12-18", "2024-12-20", 1).build().toString());

    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = Http.json(created).asJsonObject();
    assertEquals("POLICE", body.getString("agency"));
    assertEquals("SERIOUS_HARM", body.getString("category"));
    assertEquals(1, body.getJsonArray("children").size());
    assertEquals("M", body.getJsonArray("children").getJsonObject(0).getString("sex"));
    // Friday 20 December 2024 + 5 working days, Christmas and Boxing Day skipped
    assertEquals("2024-12-31", body.getString("panelNotificationDue"));
    assertTrue(
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .endsWith("/notifications/" + body.getInt("id")));
  }

  @Test
  void aLiaisonOfficerCannotReadAnotherAgencysNotificationAndTheAttemptIsAudited() {
    String police = liaison("POLICE");
    String school = liaison("EDUCATION");
    long id = submit(police);

    HttpResponse<String> refused = Http.get(URL + "/" + id, school);
    HttpResponse<String> own = Http.get(URL + "/" + id, police);
    HttpResponse<String> audit =
        Http.get(Http.app() + "/api/v1/audit-events?recordType=Notification&recordId=" + id, ADMIN);

    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(Http.json(refused).asJsonObject().getString("message").contains("another agency"));
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(audit.body().contains("\"ACCESS_DENIED\""), audit.body());
    assertTrue(audit.body().contains("\"READ\""), audit.body());
  }

  @Test
  void aLiaisonOfficersInboxHoldsOnlyTheirAgencysNotifications() {
    String ambulance = liaison("AMBULANCE");
    submit(ambulance);
    submit(liaison("HOUSING"));

    HttpResponse<String> inbox = Http.get(URL + "?state=all&size=100", ambulance);

    assertEquals(200, inbox.statusCode(), inbox.body());
    var items = Http.json(inbox).asJsonArray();
    assertTrue(items.size() >= 1);
    items.forEach(item -> assertEquals("AMBULANCE", item.asJsonObject().getString("agency")));
    assertEquals(
        Integer.toString(items.size()), inbox.headers().firstValue("X-Total-Count").orElseThrow());
  }

  @Test
  void becomingAwareBeforeTheIncidentIsRefusedNamingTheField() {
    HttpResponse<String> refused =
        Http.postJson(
            URL,
            liaison("GP"),
            notification(null, "2025-03-10", "2025-03-09", 1).build().toString());

    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject body = Http.json(refused).asJsonObject();
    assertTrue(body.getString("message").contains("before the incident"), refused.body());
    assertEquals("awareOn", body.getJsonArray("details").getString(0).split(":")[0]);
  }

  @Test
  void aFifthOrSixthChildIsRefusedAndNothingIsSaved() {
    String gp = liaison("GP");
    long before = total(gp);

    HttpResponse<String> refused =
        Http.postJson(
            URL, gp, notification(null, "2025-03-10", "2025-03-11", 6).build().toString());

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("children: A notification covers 1 to 4 children"), refused.body());
    assertEquals(before, total(gp));
  }

  @Test
  void aChildOfEighteenIsRefusedNamingWhichChild() {
    JsonObjectBuilder body = notification(null, "2025-03-10", "2025-03-11", 2);
    JsonArrayBuilder children = Json.createArrayBuilder().add(child(4)).add(child(18));
    body.add("children", children);

    HttpResponse<String> refused = Http.postJson(URL, liaison("GP"), body.build().toString());

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("children[1].ageYears"), refused.body());
    assertTrue(refused.body().contains("must be under 18"), refused.body());
  }

  @Test
  void aViewerCannotSubmitOrReadNotifications() {
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);
    long id = submit(liaison("CSC"));

    assertEquals(
        403,
        Http.postJson(
                URL, viewer, notification(null, "2025-01-06", "2025-01-07", 1).build().toString())
            .statusCode());
    assertEquals(403, Http.get(URL + "/" + id, viewer).statusCode());
  }

  /** A liaison officer of the agency, as an Authorization header. */
  static String liaison(String agency) {
    return Http.basic(Users.create("agency-liaison", agency), Users.PASSWORD);
  }

  /** Submits a plain notification and returns its number. */
  static long submit(String authorization) {
    HttpResponse<String> created =
        Http.postJson(
            URL,
            authorization,
            notification(null, "2024-12-18", "2024-12-20", 1).build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  static JsonObjectBuilder notification(
      String agency, String incident, String aware, int children) {
    JsonArrayBuilder kids = Json.createArrayBuilder();
    for (int i = 0; i < children; i++) {
      kids.add(child(i + 2));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("incidentDate", incident)
            .add("awareDate", aware)
            .add("category", "SERIOUS_HARM")
            .add(
                "summary", "Infant seen in A&E with unexplained bruising; <b>siblings</b> at home.")
            .add("agenciesInvolved", Json.createArrayBuilder().add("CSC").add("HOSPITAL"))
            .add("children", kids);
    if (agency != null) {
      body.add("agency", agency);
    }
    return body;
  }

  static JsonObjectBuilder child(int age) {
    return Json.createObjectBuilder()
        .add("ageYears", age)
        .add("sex", "M")
        .add("ethnicity", "A")
        .add("disability", false)
        .add("lookedAfter", false)
        .add("childProtectionPlan", true);
  }

  private static long total(String authorization) {
    return Long.parseLong(
        Http.get(URL + "?state=all", authorization)
            .headers()
            .firstValue("X-Total-Count")
            .orElseThrow());
  }
}
