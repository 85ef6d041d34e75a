package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;

/** Imports a file over the API and follows the run to its end, for the child-death tests. */
final class ChildDeathRuns {

  static final String API = Http.app() + "/api/v1";

  private ChildDeathRuns() {}

  static JsonObject imported(ChildDeathFiles file, String name, String auth) {
    HttpResponse<String> started =
        Http.post(API + "/child-deaths/imports?name=" + name, auth, "text/csv", file.bytes());
    assertEquals(202, started.statusCode(), started.body());
    String run = started.headers().firstValue("Location").orElseThrow();
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      HttpResponse<String> seen = Http.get(run, auth);
      assertEquals(200, seen.statusCode(), seen.body());
      JsonObject job = Http.json(seen).asJsonObject();
      if (!job.isNull("endedAt") && !job.getString("status").startsWith("START")) {
        assertEquals("COMPLETED", job.getString("status"), job.toString());
        return job;
      }
      pause();
    }
    throw new AssertionError("the run " + run + " did not end within a minute");
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
