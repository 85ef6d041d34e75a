package org.casereviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casereviews.it.Http;
import org.casereviews.it.JobRuns;
import org.casereviews.it.Metrics;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator watches, on the real server: the health checks at {@code /health/ready} and
 * {@code /health/live}, and the application's counters at {@code /metrics?scope=application} moving
 * as sign-ins fail, a file is imported and its job ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @Test
  void readyWhenTheDatabaseAndTheInboxAre() {
    HttpResponse<String> response = Http.get(Http.server() + "/health/ready", null);

    assertEquals(200, response.statusCode(), response.body());
    Map<String, JsonObject> checks = checks(response.body());
    assertEquals("UP", checks.get("casereviews-database").getString("status"), response.body());
    JsonObject inbox = checks.get("casereviews-import-inbox");
    assertEquals("UP", inbox.getString("status"), response.body());
    assertTrue(inbox.getJsonObject("data").getString("folder").endsWith("inbox"), inbox.toString());
  }

  @Test
  void liveWhileTheApplicationAnswers() {
    HttpResponse<String> response = Http.get(Http.server() + "/health/live", null);

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("UP", checks(response.body()).get("casereviews-application").getString("status"));
  }

  /** Open to all, as Payara serves it, so it holds counts and reasons, never who. */
  @Test
  void aRefusedSignInIsCountedWithoutWho() {
    String user = Users.create(Roles.REVIEW_OFFICER, null);
    double before = Metrics.counter("casereviews_logins_failed_total", "reason=\"WRONG_PASSWORD\"");

    HttpResponse<String> refused =
        Http.get(Http.app() + "/api/v1/me", Http.basic(user, "not-the-password"));

    assertEquals(401, refused.statusCode(), refused.body());
    assertEquals(
        before + 1,
        Metrics.counter("casereviews_logins_failed_total", "reason=\"WRONG_PASSWORD\""));
    String metrics = Http.get(Metrics.URL, null).body();
    assertFalse(metrics.contains(user), "no user name in the open metrics");
  }

  @Test
  void anImportCountsItsRowsAndItsRun() {
    String cdop = Http.basic(Users.create(Roles.CDOP_OFFICER, null), Users.PASSWORD);
    String tag = "M" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate born = LocalDate.of(2012, 4, 1).plusDays(UUID.randomUUID().hashCode() & 1023);
    String file =
        "source_system,source_ref,sex,date_of_birth,date_of_death\n"
            + "HOSPITAL,"
            + tag
            + "-1,F,"
            + born
            + ","
            + born.plusDays(40)
            + "\n"
            + "HOSPITAL,"
            + tag
            + "-2,M,"
            + born.plusDays(1)
            + ","
            + born.plusDays(900)
            + "\n"
            + "HOSPITAL,"
            + tag
            + "-3,M,"
            + born
            + ","
            + born.minusDays(3)
            + "\n";
    double loaded = Metrics.counter("casereviews_rows_imported_total", "file=\"child-deaths\"");
    double rejected = Metrics.counter("casereviews_rows_rejected_total", "file=\"child-deaths\"");
    double runs = Metrics.counter("casereviews_jobs_run_total", "job=\"child-death-import\"");

    HttpResponse<String> started =
        Http.post(
            Http.app() + "/api/v1/child-deaths/imports?name=metrics.csv",
            cdop,
            "text/csv",
            file.getBytes(StandardCharsets.UTF_8));
    assertEquals(202, started.statusCode(), started.body());
    JsonObject done =
        JobRuns.followToTheEnd(
            started.headers().firstValue("Location").orElseThrow(), cdop, Duration.ofMinutes(2));
    assertEquals("COMPLETED", done.getString("status"), done.toString());

    assertEquals(
        loaded + 2, Metrics.counter("casereviews_rows_imported_total", "file=\"child-deaths\""));
    assertEquals(
        rejected + 1, Metrics.counter("casereviews_rows_rejected_total", "file=\"child-deaths\""));
    assertEquals(
        runs + 1, Metrics.counter("casereviews_jobs_run_total", "job=\"child-death-import\""));
  }

  /** The checks of a health answer, by name. */
  private static Map<String, JsonObject> checks(String body) {
    JsonObject health = Json.createReader(new StringReader(body)).readObject();
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
  }
}
