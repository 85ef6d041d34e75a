package org.casereviews.cdop;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.casereviews.it.JobRuns;
import org.casereviews.it.Waiting;

/** Following an import's run over the API: until it is under way, or until it has ended. */
final class ImportRuns {

  /**
   * The 10,000-row files take 1 to 2 minutes on the embedded H2 database (its merge of a file's
   * records is a nested loop; PostgreSQL takes seconds), and more on a loaded machine.
   */
  static final Duration LIMIT = Duration.ofMinutes(5);

  private ImportRuns() {}

  /** The run, once it has ended (at most {@link #LIMIT}). */
  static JsonObject follow(String run, String auth) {
    return JobRuns.followToTheEnd(run, auth, LIMIT);
  }

  /** Waits until the run says it has read some of its file but not all of it. */
  static JsonObject waitUntilUnderWay(String run, String auth) {
    return Waiting.until(
        () -> JobRuns.read(run, auth),
        job -> {
          if (!job.isNull("percentDone") && job.getInt("percentDone") > 0) {
            return true;
          }
          if (!job.isNull("endedAt")) {
            throw new AssertionError(
                "the run " + run + " ended before it was seen to be under way: " + job);
          }
          return false;
        },
        LIMIT,
        Duration.ofMillis(100),
        "the run " + run + " was not under way");
  }
}
