package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;

/** Following an import's run over the API: until it is under way, or until it has ended. */
final class ImportRuns {

  private ImportRuns() {}

  /** The run, once it has ended (at most three minutes). */
  static JsonObject follow(String run, String auth) {
    return until(
        run,
        auth,
        job -> !job.isNull("endedAt") && !job.getString("status").startsWith("START"),
        "end");
  }

  /** Waits until the run says it has read some of its file but not all of it. */
  static JsonObject waitUntilUnderWay(String run, String auth) {
    return until(
        run,
        auth,
        job -> !job.isNull("percentDone") && job.getInt("percentDone") > 0,
        "be under way");
  }

  private static JsonObject until(
      String run, String auth, java.util.function.Predicate<JsonObject> reached, String what) {
    long until = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < until) {
      HttpResponse<String> seen = Http.get(run, auth);
      assertEquals(200, seen.statusCode(), seen.body());
      JsonObject job = Http.json(seen).asJsonObject();
      if (reached.test(job)) {
        return job;
      }
      if (!job.isNull("endedAt")) {
        throw new AssertionError(
            "the run " + run + " ended before it was seen to " + what + ": " + job);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the run " + run + " did not " + what + " within three minutes");
  }
}
