package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over HTTP: Basic sign-in, role checks, the JSON error body. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  @Test
  void anonymousCallerIsAskedForBasicCredentials() {
    HttpResponse<String> response = Http.get(Http.app() + "/api/v1/me", null);

    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, Http.json(response).asJsonObject().getInt("status"));
  }

  @Test
  void wrongPasswordIsRefusedWithTheSameAnswer() {
    HttpResponse<String> response =
        Http.get(Http.app() + "/api/v1/me", Http.basic("admin", "not the password at all"));

    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("not right"), response.body());
  }

  @Test
  void systemAccountSeesWhoItIs() {
    HttpResponse<String> response = Http.get(Http.app() + "/api/v1/me", ADMIN);

    assertEquals(200, response.statusCode(), response.body());
    JsonObject me = Http.json(response).asJsonObject();
    assertEquals("admin", me.getString("username"));
    assertEquals("partnership-admin", me.getJsonArray("roles").getString(0));
  }

  @Test
  void everyRoleReadsTheReferenceLists() {
    String viewer = Users.create("viewer", null);

    HttpResponse<String> agencies =
        Http.get(Http.app() + "/api/v1/agencies", Http.basic(viewer, Users.PASSWORD));
    HttpResponse<String> themes =
        Http.get(Http.app() + "/api/v1/themes", Http.basic(viewer, Users.PASSWORD));

    assertEquals(200, agencies.statusCode());
    JsonArray list = Http.json(agencies).asJsonArray();
    assertTrue(
        list.stream().anyMatch(a -> a.asJsonObject().getString("code").equals("POLICE")),
        agencies.body());
    assertTrue(themes.body().contains("\"NEGLECT\""), themes.body());
  }

  @Test
  void viewerMayNotAddAnAgencyAndIsToldSo() {
    String viewer = Users.create("viewer", null);

    HttpResponse<String> response =
        Http.postJson(
            Http.app() + "/api/v1/agencies",
            Http.basic(viewer, Users.PASSWORD),
            "{\"code\":\"FIRE\",\"name\":\"Fire and rescue\"}");

    assertEquals(403, response.statusCode(), response.body());
    assertEquals(403, Http.json(response).asJsonObject().getInt("status"));
    HttpResponse<String> audit =
        Http.get(
            Http.app() + "/api/v1/audit-events?username=" + viewer + "&action=ACCESS_DENIED",
            ADMIN);
    assertEquals(200, audit.statusCode(), audit.body());
    JsonArray events = Http.json(audit).asJsonArray();
    assertEquals(1, events.size(), audit.body());
    assertEquals("POST /api/v1/agencies", events.getJsonObject(0).getString("detail"));
  }

  @Test
  void onlyAdministratorsReadTheAuditTrailAndNobodyChangesIt() {
    String officer = Users.create("review-officer", null);

    HttpResponse<String> read =
        Http.get(Http.app() + "/api/v1/audit-events", Http.basic(officer, Users.PASSWORD));
    HttpResponse<String> write = Http.postJson(Http.app() + "/api/v1/audit-events", ADMIN, "{}");

    assertEquals(403, read.statusCode(), read.body());
    assertEquals(405, write.statusCode(), write.body());
  }

  @Test
  void agencyLiaisonMayNotCreateUsers() {
    String liaison = Users.create("agency-liaison", "POLICE");

    HttpResponse<String> response =
        Http.postJson(
            Http.app() + "/api/v1/users",
            Http.basic(liaison, Users.PASSWORD),
            "{\"username\":\"sneaky.one\",\"fullName\":\"Sneaky\",\"roles\":[\"partnership-admin\"],"
                + "\"password\":\"Long-enough-passphrase-42\"}");

    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void adminAddsAnAgencyAndADuplicateIsAConflict() {
    String code = "AGENCY_" + System.nanoTime();
    String body = "{\"code\":\"" + code + "\",\"name\":\"Test agency " + code + "\"}";

    HttpResponse<String> created = Http.postJson(Http.app() + "/api/v1/agencies", ADMIN, body);
    HttpResponse<String> again = Http.postJson(Http.app() + "/api/v1/agencies", ADMIN, body);

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(code, Http.json(created).asJsonObject().getString("code"));
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(Http.json(again).asJsonObject().getString("message").contains(code), again.body());
  }

  @Test
  void badInputNamesTheFieldAndTheRule() {
    HttpResponse<String> response =
        Http.postJson(
            Http.app() + "/api/v1/agencies", ADMIN, "{\"code\":\"lower case!\",\"name\":\"X\"}");

    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = Http.json(response).asJsonObject();
    assertTrue(error.getString("message").contains("capital letters"), response.body());
    assertTrue(error.getJsonArray("details").getString(0).startsWith("code"), response.body());
  }

  @Test
  void weakPasswordAndDuplicateUsernameAreRefusedWithTheReason() {
    String name = Users.create("viewer", null);

    HttpResponse<String> duplicate =
        Http.postJson(
            Http.app() + "/api/v1/users",
            ADMIN,
            "{\"username\":\""
                + name
                + "\",\"fullName\":\"Again\",\"roles\":[\"viewer\"],"
                + "\"password\":\"Long-enough-passphrase-42\"}");
    HttpResponse<String> weak =
        Http.postJson(
            Http.app() + "/api/v1/users",
            ADMIN,
            "{\"username\":\""
                + Users.uniqueName("weak")
                + "\",\"fullName\":\"Weak\",\"roles\":[\"viewer\"],"
                + "\"password\":\"short1\"}");

    assertEquals(409, duplicate.statusCode(), duplicate.body());
    assertTrue(duplicate.body().contains("already a user called"), duplicate.body());
    assertEquals(400, weak.statusCode(), weak.body());
    assertTrue(weak.body().contains("at least 12 characters"), weak.body());
  }

  @Test
  void unknownAddressIsAJson404() {
    HttpResponse<String> response = Http.get(Http.app() + "/api/v1/no-such-thing", ADMIN);

    assertEquals(404, response.statusCode(), response.body());
    assertEquals(404, Http.json(response).asJsonObject().getInt("status"));
  }
}
