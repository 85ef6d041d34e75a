package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The child-death import on the real EAR, over the API as a CDOP officer: a file of good and bad
 * rows loads exactly the good ones and reports each bad one with its line, column and reason; a
 * file sent again updates its notifications without duplicating them; notifications of one child
 * from several sources become one record, and a possible match waits for a person; a file that is
 * not format v1 loads nothing; every other role is refused, and the refusal audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildDeathImportIT {

  private static final String API = Http.app() + "/api/v1";

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private final String cdop = Http.basic(Users.create(Roles.CDOP_OFFICER, null), Users.PASSWORD);

  private final String tag = ChildDeathFiles.tag();

  @Test
  void aFileOfGoodAndBadRowsLoadsExactlyTheGoodOnesAndReportsEachBadOne() throws Exception {
    LocalDate born = ChildDeathFiles.birthday();
    LocalDate died = born.plusYears(3);
    String nhs = ChildDeathFiles.nhsNumber();
    ChildDeathFiles file =
        new ChildDeathFiles()
            .row("REGISTRAR", ref(1), nhs, born, died, "B2 2DR", "N")
            .row("HOSPITAL", ref(2), ChildDeathFiles.nhsNumber(), born, died, "b22dr", "Y")
            // line 4: death before birth
            .row("POLICE", ref(3), null, died, born, null, "U")
            // line 5: 18 on the day of death
            .row("POLICE", ref(4), null, born, born.plusYears(18), null, "U")
            // line 6: a future death
            .row("POLICE", ref(5), null, born, LocalDate.now().plusDays(3), null, "U")
            // line 7: wrong check digit
            .row("GP", ref(6), wrongCheckDigit(nhs), born, died, null, "U")
            // line 8: unknown place of death
            .row(blank("GP", ref(7), "M", born, died, 8, "MOON"))
            // line 9: no sex
            .row(blank("GP", ref(8), "", born, died, 8, ""))
            // line 10: the reference of line 2 again
            .row("HOSPITAL", ref(2), null, born, died, null, "Y")
            // line 11: a bad date
            .row(blank("CSC", ref(9), "F", born, died, 6, "31/02/2015"))
            .row("CSC", ref(10), null, born.plusDays(1), died, "SW1A 1AA", "Y");

    JsonObject run = imported(file, "mixed.csv");

    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertEquals(11, run.getJsonNumber("read").longValue(), run.toString());
    assertEquals(3, run.getJsonNumber("written").longValue(), run.toString());
    assertEquals(8, run.getJsonNumber("skipped").longValue(), run.toString());
    JsonArray rejected = run.getJsonArray("rejectedRows");
    assertEquals(
        List.of(
            "4 date_of_death",
            "5 date_of_death",
            "6 date_of_death",
            "7 nhs_number",
            "8 place_of_death",
            "9 sex",
            "10 source_ref",
            "11 date_of_birth"),
        rejected.stream().map(ChildDeathImportIT::lineAndColumn).toList(),
        rejected.toString());
    assertTrue(
        rejected.getJsonObject(6).getString("reason").contains("also on line 3"),
        rejected.getJsonObject(6).getString("reason"));
    assertTrue(notification("REGISTRAR", ref(1)).isPresent());
    assertTrue(notification("HOSPITAL", ref(2)).isPresent());
    assertTrue(notification("CSC", ref(10)).isPresent());
    List<String> rejectedSystems = List.of("POLICE", "POLICE", "POLICE", "GP", "GP", "GP", "CSC");
    for (int n = 3; n <= 9; n++) {
      assertFalse(notification(rejectedSystems.get(n - 3), ref(n)).isPresent(), ref(n));
    }
    JsonObject report = run.getJsonObject("report");
    assertEquals(3, report.getInt("childDeathsNew"), report.toString());
    String rejectedFile = report.getString("rejectedFile");
    assertTrue(rejectedFile.endsWith("-mixed.rejected.csv"), rejectedFile);
    Path done = Path.of(System.getProperty("casereviews.it.inbox"), "done");
    List<String> lines = Files.readAllLines(done.resolve(rejectedFile));
    assertEquals("line,column,reason", lines.get(0));
    assertEquals(9, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(4).startsWith("7,nhs_number,"), lines.get(4));
    assertTrue(
        Files.exists(done.resolve(rejectedFile.replace(".rejected.csv", ".csv"))),
        "the file itself is in done/ beside its rejected rows");
  }

  @Test
  void aFileSentAgainUpdatesItsNotificationsWithoutDuplicatingThem() {
    LocalDate born = ChildDeathFiles.birthday();
    String nhs = ChildDeathFiles.nhsNumber();
    ChildDeathFiles first =
        new ChildDeathFiles()
            .row("REGISTRAR", ref(1), nhs, born, born.plusYears(2), "LS1 4AP", "U");
    JsonObject once = imported(first, "deaths.csv");
    JsonObject notification = notification("REGISTRAR", ref(1)).orElseThrow();
    long record = notification.getJsonNumber("childDeathId").longValue();

    ChildDeathFiles again =
        new ChildDeathFiles()
            .row(
                "REGISTRAR",
                ref(1),
                nhs,
                "Smith",
                "Alex",
                "F",
                born.toString(),
                born.plusYears(2).toString(),
                "HOME",
                "LS1 4AP",
                "A",
                "N",
                "N",
                "");
    JsonObject twice = imported(again, "deaths.csv");

    assertEquals(1, once.getJsonObject("report").getInt("notificationsNew"));
    assertEquals(0, twice.getJsonObject("report").getInt("notificationsNew"));
    assertEquals(1, twice.getJsonObject("report").getInt("notificationsUpdated"));
    assertEquals(0, twice.getJsonObject("report").getInt("childDeathsNew"));
    JsonObject updated = notification("REGISTRAR", ref(1)).orElseThrow();
    assertEquals(notification.getInt("id"), updated.getInt("id"));
    assertEquals("HOME", updated.getString("placeOfDeath"));
    assertEquals(record, updated.getJsonNumber("childDeathId").longValue());
    JsonObject death = record(record);
    assertEquals(1, death.getJsonArray("notifications").size(), death.toString());
  }

  @Test
  void notificationsOfOneChildFromSeveralSourcesBecomeOneRecordAndAPossibleMatchWaits() {
    LocalDate born = ChildDeathFiles.birthday();
    LocalDate died = born.plusMonths(5);
    String nhs = ChildDeathFiles.nhsNumber();
    imported(
        new ChildDeathFiles().row("REGISTRAR", ref(1), nhs, born, died, "M1 1AE", "N"),
        "registrar.csv");
    ChildDeathFiles others =
        new ChildDeathFiles()
            // the same NHS number: certainly the same child
            .row(
                "HOSPITAL",
                ref(2),
                nhs.substring(0, 3) + " " + nhs.substring(3),
                born,
                died,
                null,
                "N")
            // no NHS number, but the same dates and postcode: certainly the same child
            .row("POLICE", ref(3), null, born, died, "m11ae", "N")
            // the same dates elsewhere and no NHS number: perhaps the same child
            .row("GP", ref(4), null, born, died, "M60 2LA", "N");
    JsonObject run = imported(others, "others.csv");

    JsonObject report = run.getJsonObject("report");
    assertEquals(0, report.getInt("childDeathsNew"), report.toString());
    assertEquals(2, report.getInt("notificationsMerged"), report.toString());
    assertEquals(1, report.getInt("matchesToConfirm"), report.toString());
    long record =
        notification("REGISTRAR", ref(1)).orElseThrow().getJsonNumber("childDeathId").longValue();
    JsonObject death = record(record);
    assertEquals(
        List.of("REGISTRAR", "HOSPITAL", "POLICE"),
        death.getJsonArray("notifications").stream()
            .map(n -> n.asJsonObject().getString("sourceSystem"))
            .toList());
    assertTrue(death.getBoolean("jointAgencyResponse"), "an unexpected death calls for a JAR");
    assertEquals("M1 1AE", death.getJsonObject("identity").getString("postcode"));
    JsonObject waiting = notification("GP", ref(4)).orElseThrow();
    assertTrue(waiting.isNull("childDeathId"), waiting.toString());
    assertEquals(List.of((long) record), longs(waiting.getJsonArray("possibleMatches")));
  }

  @Test
  void aFileWithoutTheRequiredColumnsFailsWithOneReasonAndLoadsNothing() throws Exception {
    String csv = "source_system,source_ref,date_of_birth\nREGISTRAR," + ref(1) + ",2015-01-01\n";
    Path inbox = Path.of(System.getProperty("casereviews.it.inbox"));
    Files.createDirectories(inbox);
    Path dropped = inbox.resolve(tag + "-columns.csv");
    Files.writeString(dropped, csv);

    JsonObject inboxRun = follow(start("child-death-inbox"), ADMIN);
    assertEquals("COMPLETED", inboxRun.getString("status"), inboxRun.toString());
    JsonArray runs = inboxRun.getJsonObject("report").getJsonArray("importRuns");
    assertFalse(runs.isEmpty(), inboxRun.toString());
    JsonObject run = follow(API + "/jobs/" + runs.getJsonNumber(runs.size() - 1).longValue(), cdop);

    assertEquals("FAILED", run.getString("status"), run.toString());
    assertFalse(notification("REGISTRAR", ref(1)).isPresent());
    assertFalse(Files.exists(dropped), "the file has left the inbox");
    assertTrue(Files.exists(inbox.resolve("failed").resolve(dropped.getFileName())));
  }

  @Test
  void everyOtherRoleIsRefusedAndTheRefusalAudited() {
    for (String role : List.of(Roles.REVIEW_OFFICER, Roles.VIEWER, Roles.AGENCY_LIAISON)) {
      String user = Users.create(role, Roles.AGENCY_LIAISON.equals(role) ? "POLICE" : null);
      String auth = Http.basic(user, Users.PASSWORD);
      HttpResponse<String> upload =
          Http.post(API + "/child-deaths/imports", auth, "text/csv", new ChildDeathFiles().bytes());
      assertEquals(403, upload.statusCode(), role + ": " + upload.body());
      HttpResponse<String> read = Http.get(API + "/child-deaths/1000", auth);
      assertEquals(403, read.statusCode(), role + ": " + read.body());
      HttpResponse<String> audit =
          Http.get(API + "/audit-events?username=" + user + "&action=ACCESS_DENIED", ADMIN);
      assertEquals(200, audit.statusCode(), audit.body());
      assertEquals(2, Http.json(audit).asJsonArray().size(), role + ": " + audit.body());
    }
  }

  /**
   * A row with only the required values and the date of birth and death, the value at {@code
   * position} (0 for source_system) replaced by {@code value}.
   */
  private static String[] blank(
      String system,
      String ref,
      String sex,
      LocalDate born,
      LocalDate died,
      int position,
      String value) {
    String[] row = new String[14];
    java.util.Arrays.fill(row, "");
    row[0] = system;
    row[1] = ref;
    row[5] = sex;
    row[6] = born.toString();
    row[7] = died.toString();
    row[position] = value;
    return row;
  }

  private String ref(int n) {
    return ChildDeathFiles.ref(tag, n);
  }

  /** Imports the file over the API as the CDOP officer and follows the run to its end. */
  private JsonObject imported(ChildDeathFiles file, String name) {
    HttpResponse<String> started =
        Http.post(API + "/child-deaths/imports?name=" + name, cdop, "text/csv", file.bytes());
    assertEquals(202, started.statusCode(), started.body());
    return follow(started.headers().firstValue("Location").orElseThrow(), cdop);
  }

  private static String start(String job) {
    HttpResponse<String> started = Http.postJson(API + "/jobs/" + job, ADMIN, "");
    assertEquals(202, started.statusCode(), started.body());
    return started.headers().firstValue("Location").orElseThrow();
  }

  private static JsonObject follow(String run, String auth) {
    return ImportRuns.follow(run, auth);
  }

  private java.util.Optional<JsonObject> notification(String system, String ref) {
    HttpResponse<String> found =
        Http.get(
            API
                + "/child-deaths/notifications?system="
                + system
                + "&ref="
                + URLEncoder.encode(ref, StandardCharsets.UTF_8),
            cdop);
    if (found.statusCode() == 404) {
      return java.util.Optional.empty();
    }
    assertEquals(200, found.statusCode(), found.body());
    return java.util.Optional.of(Http.json(found).asJsonObject());
  }

  private JsonObject record(long id) {
    HttpResponse<String> found = Http.get(API + "/child-deaths/" + id, cdop);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).asJsonObject();
  }

  private static String lineAndColumn(JsonValue row) {
    JsonObject rejection = row.asJsonObject();
    return rejection.getInt("line")
        + " "
        + (rejection.isNull("column") ? "-" : rejection.getString("column"));
  }

  private static List<Long> longs(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
  }

  private static String wrongCheckDigit(String nhs) {
    char last = nhs.charAt(9);
    return nhs.substring(0, 9) + (char) (last == '9' ? '0' : last + 1);
  }
}
