package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.casereviews.it.Http;
import org.casereviews.it.ServerLog;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a calling system is told when its request is wrong in form rather than in content: the wrong
 * Content-Type, a body too large, a field the request does not take. Each is a 4xx with the API's
 * JSON error body; and every request leaves one line in the server log, without personal data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiInputIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  @Test
  void aBodyOfTheWrongContentTypeIsA415ThatSaysWhatToSend() {
    HttpResponse<String> refused =
        Http.post(
            Http.app() + "/api/v1/themes",
            ADMIN,
            "text/plain",
            "{\"code\":\"X\",\"name\":\"Y\"}".getBytes(StandardCharsets.UTF_8));

    assertEquals(415, refused.statusCode(), refused.body());
    JsonObject body = Http.json(refused).asJsonObject();
    assertEquals(415, body.getInt("status"));
    assertTrue(
        body.getString("message").contains("Content-Type: application/json"), refused.body());
  }

  @Test
  void aFieldTheRequestDoesNotTakeIsRefusedByName() {
    HttpResponse<String> refused =
        Http.postJson(
            Http.app() + "/api/v1/themes",
            ADMIN,
            "{\"code\":\"UNKNOWN_FIELD_THEME\",\"name\":\"A theme\",\"colour\":\"red\"}");

    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject body = Http.json(refused).asJsonObject();
    assertTrue(body.getString("message").contains("colour"), refused.body());
    assertEquals("colour: not a field of this request.", body.getJsonArray("details").getString(0));
    HttpResponse<String> themes = Http.get(Http.app() + "/api/v1/themes", ADMIN);
    assertFalse(themes.body().contains("UNKNOWN_FIELD_THEME"), "nothing was added");
  }

  @Test
  void aJsonBodyOverTheLimitIsA413WhetherOrNotItsLengthIsGiven() {
    String huge = "{\"code\":\"HUGE\",\"name\":\"" + "x".repeat(70_000) + "\"}";
    byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> withLength = Http.postJson(Http.app() + "/api/v1/themes", ADMIN, huge);
    HttpResponse<String> chunked =
        Http.send(
            HttpRequest.newBuilder(URI.create(Http.app() + "/api/v1/themes"))
                .header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build());

    for (HttpResponse<String> refused : new HttpResponse[] {withLength, chunked}) {
      assertEquals(413, refused.statusCode(), refused.body());
      assertTrue(
          Http.json(refused).asJsonObject().getString("message").contains("at most 65536 bytes"),
          refused.body());
    }
  }

  @Test
  void everyRequestIsLoggedWithItsCallerAndNoPersonalData() {
    String reviewer = Users.create(Roles.REVIEW_OFFICER, null);
    long before = ServerLog.end();

    HttpResponse<String> search =
        Http.get(
            Http.app() + "/api/v1/reviews?q=Jessica%20Placeholder",
            Http.basic(reviewer, Users.PASSWORD));
    HttpResponse<String> missing =
        Http.get(Http.app() + "/api/v1/reviews/987654321", Http.basic(reviewer, Users.PASSWORD));
    assertEquals(200, search.statusCode(), search.body());
    assertEquals(404, missing.statusCode(), missing.body());

    String logged = ServerLog.since(before, "path=/reviews/{id} status=404");
    assertTrue(
        logged.contains(
            "api-request method=GET path=/reviews status=200 caller=\"" + reviewer + "\" ms="),
        logged);
    assertTrue(
        logged.contains(
            "api-request method=GET path=/reviews/{id} status=404 caller=\"" + reviewer),
        logged);
    assertFalse(logged.contains("Jessica"), "no search text in the log");
    assertFalse(logged.contains("987654321"), "no record number in the log");
  }
}
