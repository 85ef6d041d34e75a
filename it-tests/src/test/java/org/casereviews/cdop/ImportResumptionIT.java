package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.cluster.RunClaims;
import org.casereviews.it.RunAs;
import org.casereviews.it.Waiting;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the application does at start-up with an import that had not ended when its server stopped,
 * run by hand here: an import is stopped in the middle of its file (its run can then be resumed
 * like one that died with its server) and resumed by a new run, which goes on after the rows
 * already staged; in the end every row is loaded exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class ImportResumptionIT {

  private static final int ROWS = 10_000;

  @EJB private RunAs.Admin admin;

  @EJB private ChildDeathImport imports;

  @EJB private JobHistory history;

  @EJB private RunClaims claims;

  @Test
  void anImportThatHadNotEndedIsResumedAfterItsStagedRowsAndLoadsEveryRowOnce() {
    String tag = ChildDeathFiles.tag();
    byte[] file = ChildDeathFiles.many(tag, ROWS).bytes();
    long run =
        admin.call(
            () -> imports.upload(new ByteArrayInputStream(file), "resume.csv", ImportOrigin.API));
    until(run, report -> report.percentDone() != null && report.percentDone() > 0);
    admin.call(
        () -> {
          imports.stop(run);
          return null;
        });
    // the batch runtime sets the end before it moves STOPPING to STOPPED
    JobReport stopped =
        until(
            run,
            report -> report.run().endedAt() != null && !"STOPPING".equals(report.run().status()));
    assertEquals("STOPPED", stopped.run().status());

    List<Long> resumed =
        admin.call(() -> imports.resumeUnfinished(Instant.now(), claims.resumer()));

    assertEquals(1, resumed.size(), "the stopped import, and no other: " + resumed);
    JobReport done =
        until(
            resumed.get(0),
            report -> report.run().endedAt() != null && !report.run().status().startsWith("START"));
    assertEquals("COMPLETED", done.run().status());
    JsonObject outcome = Json.createReader(new StringReader(done.report())).readObject();
    assertEquals(ROWS, outcome.getInt("rowsRead"), outcome.toString());
    assertEquals(ROWS, outcome.getInt("notificationsNew"), outcome.toString());
    // a notification whose dates another test's child without an NHS number shares waits as a
    // possible match instead of making a record: fewer records is the import's rule, not a loss
    assertTrue(
        admin.call(() -> imports.resumeUnfinished(Instant.now(), claims.resumer())).isEmpty());
  }

  private JobReport until(long run, Predicate<JobReport> reached) {
    return Waiting.until(
        () -> admin.call(() -> history.find(run)).orElseThrow(),
        reached,
        ImportRuns.LIMIT,
        Duration.ofMillis(100),
        "run " + run + " did not get there");
  }
}
