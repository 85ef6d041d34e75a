package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.casereviews.it.Http;
import org.casereviews.it.JobRuns;

/**
 * Child death records made the way the application makes them, by importing a small file over the
 * API: one child reported by the registrar and the hospital, so that each record has two
 * notifications. For the panel's tests in any package.
 */
public final class DeathRecordFixtures {

  private static final String API = Http.app() + "/api/v1";

  private DeathRecordFixtures() {}

  /**
   * A record of a child who died on {@code died}, {@code expected} Y, N or U; returns its number.
   */
  public static long record(String auth, String familyName, LocalDate died, String expected) {
    String tag = ChildDeathFiles.tag();
    String nhs = ChildDeathFiles.nhsNumber();
    LocalDate born = died.minusYears(3).minusDays(ChildDeathFiles.birthday().getDayOfYear());
    ChildDeathFiles file =
        new ChildDeathFiles()
            .row(row("REGISTRAR", tag + "-1", nhs, familyName, born, died, expected))
            .row(row("HOSPITAL", tag + "-2", nhs, familyName, born, died, expected));
    HttpResponse<String> started =
        Http.post(
            API + "/child-deaths/imports?name=" + tag + ".csv", auth, "text/csv", file.bytes());
    assertEquals(202, started.statusCode(), started.body());
    JsonObject run = JobRuns.followToTheEnd(started.headers().firstValue("Location").orElseThrow());
    assertEquals(2, run.getJsonNumber("written").longValue(), run.toString());
    HttpResponse<String> found =
        Http.get(
            API
                + "/child-deaths/notifications?system=REGISTRAR&ref="
                + URLEncoder.encode(tag + "-1", StandardCharsets.UTF_8),
            auth);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).asJsonObject().getJsonNumber("childDeathId").longValue();
  }

  private static String[] row(
      String system,
      String ref,
      String nhs,
      String familyName,
      LocalDate born,
      LocalDate died,
      String expected) {
    return new String[] {
      system,
      ref,
      nhs,
      familyName,
      "Robin",
      "M",
      born.toString(),
      died.toString(),
      "HOME",
      "LS1 4AP",
      "K",
      expected,
      "N",
      died.plusDays(system.equals("REGISTRAR") ? 2 : 1).toString()
    };
  }
}
