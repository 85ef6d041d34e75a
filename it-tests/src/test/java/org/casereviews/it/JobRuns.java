package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;

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
    return followToTheEnd(run, ADMIN, Duration.ofMinutes(1));
  }

  /** {@link #followToTheEnd(String)} as another user, for at most {@code limit}. */
  public static JsonObject followToTheEnd(String run, String authorization, Duration limit) {
    return Waiting.until(
        () -> read(run, authorization),
        // the end time is set a moment before the final status
        job -> !job.isNull("endedAt") && !job.getString("status").startsWith("START"),
        limit,
        Duration.ofMillis(300),
        "the run " + run + " did not end");
  }

  /** The run at this address as it is now. */
  public static JsonObject read(String run, String authorization) {
    HttpResponse<String> seen = Http.get(run, authorization);
    assertEquals(200, seen.statusCode(), seen.body());
    return Http.json(seen).asJsonObject();
  }
}
