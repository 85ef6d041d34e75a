package org.casereviews.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.JobRuns;
import org.casereviews.it.Users;
import org.casereviews.it.mail.MailServer;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The batch jobs over the API: an administrator sees the catalogue, starts a catalogue job and
 * follows it to its end, then finds it first in the list of runs; a job outside the catalogue is
 * 404; review officers and viewers are refused everything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsApiIT {

  private static final String JOBS = Http.app() + "/api/v1/jobs";

  @RegisterExtension final MailServer mail = MailServer.forEachTest();

  @Test
  void anAdministratorStartsACatalogueJobFollowsItToTheEndAndFindsItFirstInTheList() {
    HttpResponse<String> catalogue = Http.get(JOBS + "/catalogue", JobRuns.ADMIN);
    assertEquals(200, catalogue.statusCode(), catalogue.body());
    JsonObject reminders = Http.json(catalogue).asJsonArray().getJsonObject(0);
    assertEquals("action-reminders", reminders.getString("id"));
    assertEquals("Action reminders", reminders.getString("label"));

    String location = JobRuns.start(reminders.getString("id"));
    JsonObject run = JobRuns.followToTheEnd(location);

    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertEquals("Action reminders", run.getString("label"));
    assertTrue(run.isNull("percentDone"), "no progress once ended: " + run);
    String summary = run.getJsonObject("report").getString("summary");
    assertTrue(summary.endsWith("."), summary);
    long number = run.getJsonNumber("executionId").longValue();
    assertTrue(location.endsWith("/api/v1/jobs/" + number), location);

    HttpResponse<String> page = Http.get(JOBS + "?page=0&size=1", JobRuns.ADMIN);
    assertEquals(200, page.statusCode(), page.body());
    JsonArray runs = Http.json(page).asJsonArray();
    assertEquals(1, runs.size());
    assertEquals(number, runs.getJsonObject(0).getJsonNumber("executionId").longValue());
    assertEquals(summary, runs.getJsonObject(0).getJsonObject("report").getString("summary"));
    long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total >= 1, "total " + total);
  }

  @Test
  void theListIsNewestFirstAndPagedLikeTheOtherLists() {
    long first =
        JobRuns.followToTheEnd(JobRuns.start("action-reminders"))
            .getJsonNumber("executionId")
            .longValue();
    long second =
        JobRuns.followToTheEnd(JobRuns.start("action-reminders"))
            .getJsonNumber("executionId")
            .longValue();

    HttpResponse<String> page = Http.get(JOBS + "?size=1", JobRuns.ADMIN);
    HttpResponse<String> next = Http.get(JOBS + "?page=1&size=1", JobRuns.ADMIN);

    assertEquals(
        second,
        Http.json(page).asJsonArray().getJsonObject(0).getJsonNumber("executionId").longValue());
    assertEquals(
        first,
        Http.json(next).asJsonArray().getJsonObject(0).getJsonNumber("executionId").longValue());
    List<String> links = page.headers().allValues("Link");
    assertTrue(
        links.stream().anyMatch(link -> link.contains("page=1") && link.contains("next")),
        links.toString());
    assertTrue(next.headers().allValues("Link").stream().anyMatch(link -> link.contains("prev")));
    HttpResponse<String> tooBig = Http.get(JOBS + "?size=101", JobRuns.ADMIN);
    assertEquals(400, tooBig.statusCode(), tooBig.body());
  }

  @Test
  void aJobOutsideTheCatalogueIsNotFound() {
    HttpResponse<String> unknown = Http.postJson(JOBS + "/child-death-archive", JobRuns.ADMIN, "");

    assertEquals(404, unknown.statusCode(), unknown.body());
    JsonObject error = Http.json(unknown).asJsonObject();
    assertEquals(404, error.getInt("status"));
    assertTrue(error.getString("message").contains("action-reminders"), error.toString());
  }

  @Test
  void reviewOfficersAndViewersAreRefused() {
    for (String role : List.of(Roles.REVIEW_OFFICER, Roles.VIEWER)) {
      String user = Http.basic(Users.create(role, null), Users.PASSWORD);

      HttpResponse<String> list = Http.get(JOBS, user);
      HttpResponse<String> start = Http.postJson(JOBS + "/action-reminders", user, "");
      HttpResponse<String> unknown = Http.postJson(JOBS + "/no-such-job", user, "");
      HttpResponse<String> catalogue = Http.get(JOBS + "/catalogue", user);

      assertEquals(403, list.statusCode(), role + ": " + list.body());
      assertEquals(403, start.statusCode(), role + ": " + start.body());
      assertEquals(403, unknown.statusCode(), role + ": " + unknown.body());
      assertEquals(403, catalogue.statusCode(), role + ": " + catalogue.body());
    }
  }
}
