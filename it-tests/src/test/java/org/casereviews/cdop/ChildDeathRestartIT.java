package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import stopped in the middle of its file and restarted, over the API as a CDOP officer: the
 * restarted run goes on after the rows already staged, and in the end every row is loaded exactly
 * once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildDeathRestartIT {

  static final int ROWS = 10_000;

  private static final String API = Http.app() + "/api/v1";

  private final String cdop = Http.basic(Users.create(Roles.CDOP_OFFICER, null), Users.PASSWORD);

  private final String tag = ChildDeathFiles.tag();

  @Test
  void aStoppedImportRestartsAfterItsLastChunkAndLoadsEveryRowOnce() {
    HttpResponse<String> started =
        Http.post(
            API + "/child-deaths/imports?name=big.csv",
            cdop,
            "text/csv",
            ChildDeathFiles.many(tag, ROWS).bytes());
    assertEquals(202, started.statusCode(), started.body());
    String run = started.headers().firstValue("Location").orElseThrow();

    ImportRuns.waitUntilUnderWay(run, cdop);
    HttpResponse<String> stop = Http.postJson(run + "/stop", cdop, "");
    assertEquals(202, stop.statusCode(), stop.body());
    JsonObject stopped = ImportRuns.follow(run, cdop);
    assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
    assertTrue(stopped.isNull("report"), "the rows are not merged yet: " + stopped);

    HttpResponse<String> restart = Http.postJson(run + "/restart", cdop, "");
    assertEquals(202, restart.statusCode(), restart.body());
    String restarted = restart.headers().firstValue("Location").orElseThrow();
    assertFalse(restarted.equals(run), "a restart is a new run of the same job");
    JsonObject done = ImportRuns.follow(restarted, cdop);

    assertEquals("COMPLETED", done.getString("status"), done.toString());
    JsonObject report = done.getJsonObject("report");
    assertEquals(ROWS, report.getInt("rowsRead"), report.toString());
    assertEquals(0, report.getInt("rowsRejected"), report.toString());
    assertEquals(ROWS, report.getInt("notificationsNew"), report.toString());
    // not every notification need make a record of its own: one whose dates another test's child
    // without an NHS number shares waits as a possible match, as the import's rules say
    for (int n : new int[] {1, ROWS / 2, ROWS}) {
      HttpResponse<String> found =
          Http.get(
              API
                  + "/child-deaths/notifications?system=HOSPITAL&ref="
                  + ChildDeathFiles.ref(tag, n),
              cdop);
      assertEquals(200, found.statusCode(), found.body());
    }
  }
}
