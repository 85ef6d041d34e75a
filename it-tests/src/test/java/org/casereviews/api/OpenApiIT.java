package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document other systems are built from (the server's {@code /openapi}): it lists the
 * new addresses, and its examples of request bodies are requests the API takes as they stand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Test
  void describesTheExportsAndTheRotation() {
    String yaml = Http.get(Http.server() + "/openapi", null).body();

    for (String expected :
        new String[] {
          "/api/v1/reviews/export",
          "/api/v1/actions/export",
          "/api/v1/users/{id}/password-rotation",
          "A child-death import that has ended",
          "Done, for the partnership to assure"
        }) {
      assertTrue(yaml.contains(expected), "the document has " + expected);
    }
  }

  @Test
  void theExampleNotificationIsTakenAsItStands() {
    String hospital = Http.basic(Users.create(Roles.AGENCY_LIAISON, "HOSPITAL"), Users.PASSWORD);

    HttpResponse<String> sent = post("/api/v1/notifications", hospital);

    assertEquals(201, sent.statusCode(), sent.body());
  }

  @Test
  void theExampleReviewIsTakenAsItStands() {
    String officer = Http.basic(Users.create(Roles.REVIEW_OFFICER, null), Users.PASSWORD);

    HttpResponse<String> sent = post("/api/v1/reviews", officer);

    assertEquals(201, sent.statusCode(), sent.body());
    assertEquals("Child F", Http.json(sent).asJsonObject().getString("pseudonym"));
  }

  @Test
  void theExampleSystemAccountIsTakenAsItStands() {
    HttpResponse<String> sent = post("/api/v1/users", Http.basic("admin", Http.ADMIN_PASSWORD));

    // made once per test database: the example names one account
    assertTrue(sent.statusCode() == 201 || sent.statusCode() == 409, sent.body());
    assertEquals(
        200,
        Http.get(
                Http.app() + "/api/v1/me",
                Http.basic("police.referrals", "a long random passphrase"))
            .statusCode());
  }

  /** Posts the first example of the POST operation at {@code path} as its JSON body. */
  private static HttpResponse<String> post(String path, String authorization) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(Http.app() + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(example(path)))
            .build());
  }

  private static String example(String path) {
    HttpResponse<String> document =
        Http.send(
            HttpRequest.newBuilder(URI.create(Http.server() + "/openapi"))
                .header("Accept", "application/json")
                .build());
    assertEquals(200, document.statusCode());
    JsonObject paths =
        Json.createReader(new StringReader(document.body())).readObject().getJsonObject("paths");
    String key =
        paths.keySet().stream()
            .filter(name -> name.endsWith(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + path + " in " + paths.keySet()));
    JsonObject examples =
        paths
            .getJsonObject(key)
            .getJsonObject("post")
            .getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("examples");
    JsonValue value = examples.values().iterator().next().asJsonObject().get("value");
    return value instanceof JsonString text ? text.getString() : value.toString();
  }
}
