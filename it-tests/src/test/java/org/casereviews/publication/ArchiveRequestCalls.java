package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.casereviews.it.Http;

/** Client-side steps of the tests of requests for archived reports, over HTTP. */
final class ArchiveRequestCalls {

  static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private ArchiveRequestCalls() {}

  /** A network address of the test's own, as the trusted proxy (127.0.0.1) passes it on. */
  static String newAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  /** An archived review with a full report of {@code reportBytes} and a briefing. */
  static JsonObject archivedReview(String pseudonym, int reportBytes) {
    return fixture("archived", pseudonym, reportBytes);
  }

  static JsonObject publishedReview(String pseudonym) {
    return fixture("published", pseudonym, 1000);
  }

  private static JsonObject fixture(String kind, String pseudonym, int reportBytes) {
    HttpResponse<String> made =
        Http.postJson(
            Http.app() + "/api/v1/it/archive-request-fixtures/" + kind,
            ADMIN,
            Json.createObjectBuilder()
                .add("pseudonym", pseudonym)
                .add("reportBytes", reportBytes)
                .build()
                .toString());
    assertEquals(200, made.statusCode(), made.body());
    return Http.json(made).asJsonObject();
  }

  static JsonObjectBuilder form(long reviewId, String email, String reason) {
    return Json.createObjectBuilder()
        .add("reviewId", reviewId)
        .add("name", "Jo Bloggs")
        .add("email", email)
        .add("organisation", "University of Example")
        .add("reason", reason);
  }

  /** Posts a request to the public API from {@code address}, with no sign-in. */
  static HttpResponse<String> submit(JsonObjectBuilder form, String address) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(Http.app() + "/api/v1/public/archive-requests"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(form.build().toString()))
            .build());
  }

  /** The request this address sent, as the queue shows it to an officer. */
  static JsonObject requestOf(String email) {
    HttpResponse<String> all = Http.get(Http.app() + "/api/v1/archive-requests?state=all", ADMIN);
    assertEquals(200, all.statusCode(), all.body());
    JsonObject found =
        Http.json(all).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(r -> r.getString("email").equals(email))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no request from " + email));
    HttpResponse<String> one =
        Http.get(Http.app() + "/api/v1/archive-requests/" + found.getInt("id"), ADMIN);
    return Http.json(one).asJsonObject();
  }

  static HttpResponse<String> approve(JsonObject request, String as) {
    return Http.postJson(
        Http.app() + "/api/v1/archive-requests/" + request.getInt("id") + "/approval",
        as,
        "{\"version\":" + request.getInt("version") + "}");
  }

  static HttpResponse<String> decline(JsonObject request, String as, String reason) {
    return Http.postJson(
        Http.app() + "/api/v1/archive-requests/" + request.getInt("id") + "/decline",
        as,
        Json.createObjectBuilder()
            .add("version", request.getInt("version"))
            .add("reason", reason)
            .build()
            .toString());
  }

  /** The figures on requests for archived reports. */
  static JsonObject figures() {
    HttpResponse<String> figures =
        Http.get(Http.app() + "/api/v1/archive-requests/statistics", ADMIN);
    assertEquals(200, figures.statusCode(), figures.body());
    return Http.json(figures).asJsonObject();
  }

  /** This review's line of the figures per review. */
  static JsonObject figuresOf(long reviewId) {
    return figures().getJsonArray("perReview").stream()
        .map(v -> v.asJsonObject())
        .filter(r -> r.getJsonNumber("reviewId").longValue() == reviewId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("review " + reviewId + " is not in the figures"));
  }

  static void expire(String email) {
    HttpResponse<String> expired =
        Http.postJson(
            Http.app() + "/api/v1/it/archive-request-fixtures/expire/" + email, ADMIN, "");
    assertEquals(200, expired.statusCode(), expired.body());
  }
}
