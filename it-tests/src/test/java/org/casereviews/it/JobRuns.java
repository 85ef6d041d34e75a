package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Batch job runs over the API, as the first administrator: start one, follow it to its end. */
public final class JobRuns {

  public static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private JobRuns() {}

  /** Starts a run of the catalogue job and returns the run's address (its Location). */
  public static String start(String job) {
    HttpResponse<String> started = Http.postJson(Http.app() + "/api/v1/jobs/" + job, ADMIN, "");
    assertEquals(202, started.statusCode(), started.body());
    return started.headers().firstValue("Location").orElseThrow();
  }

  /** Reads the run at this address until it has ended (at most a minute) and returns it. */
  public static JsonObject followToTheEnd(String run) {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      HttpResponse<String> seen = Http.get(run, ADMIN);
      assertEquals(200, seen.statusCode(), seen.body());
      JsonObject job = Http.json(seen).asJsonObject();
      // the end time is set a moment before the final status
      if (!job.isNull("endedAt") && !job.getString("status").startsWith("START")) {
        return job;
      }
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return fail("the run " + run + " did not end within a minute");
  }
}
