package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.JobRuns;

/** Client-side steps of the reminder tests: make an agency's data, run the job, wait for it. */
final class ReminderRuns {

  static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private ReminderRuns() {}

  /** An action spec: due in so many days (negative: overdue), or done (awaiting assurance). */
  static JsonObject action(String description, int dueInDays, boolean done) {
    return Json.createObjectBuilder()
        .add("description", description)
        .add("owner", "Owner of " + description)
        .add("dueInDays", dueInDays)
        .add("done", done)
        .build();
  }

  /** Makes a new agency with these liaison officers and actions; returns what was made. */
  static JsonObject agency(
      String name, List<String> liaisons, List<String> disabled, List<JsonObject> actions) {
    JsonArrayBuilder specs = Json.createArrayBuilder();
    actions.forEach(specs::add);
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("liaisons", Json.createArrayBuilder(liaisons))
            .add("disabledLiaisons", Json.createArrayBuilder(disabled))
            .add("actions", specs)
            .build()
            .toString();
    HttpResponse<String> made =
        Http.postJson(Http.app() + "/api/v1/it/reminder-fixtures", ADMIN, body);
    assertEquals(200, made.statusCode(), made.body());
    return Http.json(made).asJsonObject();
  }

  /** Starts the reminders as the administrator and returns the run's address. */
  static String start() {
    HttpResponse<String> started =
        Http.postJson(Http.app() + "/api/v1/jobs/action-reminders", ADMIN, "");
    assertEquals(202, started.statusCode(), started.body());
    return started.headers().firstValue("Location").orElseThrow();
  }

  /** Starts the reminders and waits (at most a minute) until the run has ended. */
  static JsonObject runToTheEnd() {
    return JobRuns.followToTheEnd(start());
  }

  /** The entry for this agency in one of the report's lists, or null. */
  static JsonObject entry(JsonObject job, String list, String agency) {
    return job.getJsonObject("report").getJsonArray(list).stream()
        .map(value -> value.asJsonObject())
        .filter(item -> item.getString("agency").equals(agency))
        .findFirst()
        .orElse(null);
  }
}
