package org.casereviews.cdop;

import static org.casereviews.cdop.ChildDeathRuns.API;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
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
 * The list of child deaths, its exports and the possible-match queue over the API on the real EAR:
 * filters and paging find the right records, names and NHS numbers are masked in the list, an
 * export without identifiers holds none, one with identifiers is a partnership administrator's
 * alone and audited, a possible match confirmed or rejected leaves the right records, and every
 * other role is refused and the refusal audited. Each test's records carry a reference of its own,
 * which the sourceRef filter picks out of everyone else's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildDeathListIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private final String officer = Users.create(Roles.CDOP_OFFICER, null);

  private final String cdop = Http.basic(officer, Users.PASSWORD);

  private final String tag = ChildDeathFiles.tag();

  private final LocalDate born = ChildDeathFiles.birthday();

  private final String nhsBaby = ChildDeathFiles.nhsNumber();

  @Test
  void filtersAndPagingFindTheRightRecordsWithTheIdentityMasked() {
    threeChildren();

    HttpResponse<String> all = list("sourceRef=" + tag + "&sort=age&order=asc&size=2");
    assertEquals(200, all.statusCode(), all.body());
    assertEquals("3", all.headers().firstValue("X-Total-Count").orElseThrow());
    JsonArray first = Http.json(all).asJsonArray();
    assertEquals(List.of("UNDER_28_DAYS", "YEARS_1_TO_4"), strings(first, "ageBand"));
    assertTrue(all.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
    JsonArray second =
        Http.json(list("sourceRef=" + tag + "&sort=age&order=asc&size=2&page=1")).asJsonArray();
    assertEquals(List.of("YEARS_15_TO_17"), strings(second, "ageBand"));

    assertEquals(List.of("UNDER_28_DAYS"), bands("ageBand=UNDER_28_DAYS"));
    assertEquals(List.of("YEARS_1_TO_4"), bands("expected=Y"));
    assertEquals(List.of("YEARS_15_TO_17"), bands("ageBand=YEARS_15_TO_17&expected=U"));
    assertEquals(3, bands("status=NOTIFIED").size());
    assertEquals(List.of(), bands("category=4"));
    assertEquals(List.of(), bands("modifiable=YES"));
    assertTrue(
        bands("year=" + born.plusDays(10).getYear()).contains("UNDER_28_DAYS"),
        "the year of death");

    JsonObject baby = first.getJsonObject(0);
    assertEquals("S***", baby.getString("familyName"));
    assertEquals("*** *** " + nhsBaby.substring(6), baby.getString("nhsNumber"));
    assertFalse(all.body().contains("Smith") || all.body().contains(nhsBaby), all.body());
    assertFalse(all.body().contains("dateOfBirth"), "no date of birth in a list");

    HttpResponse<String> audit =
        Http.get(API + "/audit-events?username=" + officer + "&action=READ", ADMIN);
    assertTrue(
        audit.body().contains(String.valueOf(baby.getJsonNumber("id").longValue())),
        "the page read is audited with the records on it: " + audit.body());
  }

  @Test
  void anExportWithoutIdentifiersHoldsNone() {
    threeChildren();

    HttpResponse<String> csv = Http.get(API + "/child-deaths/export?sourceRef=" + tag, cdop);

    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        "record_id,death_month,age_band,age_years,sex,place_of_death,ethnicity,expected,"
            + "looked_after,joint_agency_response,status,category,modifiable",
        lines.get(0));
    assertEquals(4, lines.size(), csv.body());
    for (String leak : List.of("Smith", "Alex", nhsBaby, "B2 2DR", born.toString())) {
      assertFalse(csv.body().contains(leak), leak + " in " + csv.body());
    }
    assertEquals(List.of(), exportFilesLeft(), "the file the export was written to is deleted");
  }

  /** The server runs on this machine: its temporary directory is this one's. */
  private static List<String> exportFilesLeft() {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("casereviews-export-"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anExportWithIdentifiersIsRefusedToAnOfficerAndAuditedForAnAdministrator() {
    threeChildren();
    String url = API + "/child-deaths/export?identifiers=true&sourceRef=" + tag;

    HttpResponse<String> refused = Http.get(url, cdop);
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals(1, events(officer, "ACCESS_DENIED").size());

    HttpResponse<String> csv = Http.get(url, ADMIN);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(
        csv.body()
            .lines()
            .findFirst()
            .orElseThrow()
            .endsWith(",nhs_number,family_name,given_names,postcode,date_of_birth,date_of_death"));
    assertTrue(csv.body().contains(nhsBaby) && csv.body().contains("Smith"), csv.body());
    assertTrue(
        events("admin", "EXPORT").stream()
            .anyMatch(
                d -> d.contains("WITH IDENTIFIERS, 3 records") && d.contains("sourceRef=" + tag)),
        events("admin", "EXPORT").toString());
  }

  @Test
  void aPossibleMatchConfirmedJoinsTheRecordAndOneRejectedBecomesARecordOfItsOwn() {
    LocalDate died = born.plusYears(2);
    ChildDeathRuns.imported(
        new ChildDeathFiles()
            .row("REGISTRAR", ref(1), ChildDeathFiles.nhsNumber(), born, died, "M1 1AE", "N"),
        "registrar.csv",
        cdop);
    ChildDeathRuns.imported(
        new ChildDeathFiles()
            .row("GP", ref(2), null, born, died, "M60 2LA", "N")
            .row("POLICE", ref(3), null, born, died, "LS1 4AP", "N"),
        "others.csv",
        cdop);
    long record = records().getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(1, records().size());

    JsonObject gp = match("GP " + ref(2));
    assertEquals(record, gp.getJsonObject("record").getJsonNumber("id").longValue());
    assertEquals("M60 2LA", gp.getJsonObject("notification").getString("postcode"));
    HttpResponse<String> confirmed = decide(gp, "confirm");
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals(
        record, Http.json(confirmed).asJsonObject().getJsonNumber("childDeathId").longValue());
    assertEquals(409, decide(gp, "confirm").statusCode(), "decided once only");

    HttpResponse<String> rejected = decide(match("POLICE " + ref(3)), "reject");
    assertEquals(200, rejected.statusCode(), rejected.body());
    JsonObject made = Http.json(rejected).asJsonObject();
    assertTrue(made.getBoolean("newRecord"), made.toString());

    assertEquals(2, records().size(), "the rejected notification is a record of its own");
    JsonObject own = record(made.getJsonNumber("childDeathId").longValue());
    assertEquals("LS1 4AP", own.getJsonObject("identity").getString("postcode"));
    assertTrue(own.getBoolean("jointAgencyResponse"), "an unexpected death calls for a JAR");
    assertEquals(2, record(record).getJsonArray("notifications").size());
    assertFalse(Http.get(API + "/child-deaths/matches?size=100", cdop).body().contains(tag));
  }

  @Test
  void everyOtherRoleIsRefusedAndTheRefusalAudited() {
    for (String role : List.of(Roles.REVIEW_OFFICER, Roles.VIEWER, Roles.AGENCY_LIAISON)) {
      String user = Users.create(role, Roles.AGENCY_LIAISON.equals(role) ? "POLICE" : null);
      String auth = Http.basic(user, Users.PASSWORD);
      for (String path : List.of("", "/export", "/matches")) {
        HttpResponse<String> refused = Http.get(API + "/child-deaths" + path, auth);
        assertEquals(403, refused.statusCode(), role + " " + path + ": " + refused.body());
      }
      HttpResponse<String> decision =
          Http.postJson(API + "/child-deaths/matches/1000/confirm", auth, "");
      assertEquals(403, decision.statusCode(), role + ": " + decision.body());
      assertEquals(4, events(user, "ACCESS_DENIED").size(), role);
    }
  }

  /** A baby of ten days, a child of three and one of sixteen, all of this test's. */
  private void threeChildren() {
    ChildDeathRuns.imported(
        new ChildDeathFiles()
            .row("REGISTRAR", ref(1), nhsBaby, born, born.plusDays(10), "B2 2DR", "N")
            .row(
                "HOSPITAL",
                ref(2),
                ChildDeathFiles.nhsNumber(),
                born.minusYears(3),
                born.minusYears(3).plusYears(3).plusMonths(2),
                "B2 2DR",
                "Y")
            .row(
                "POLICE",
                ref(3),
                ChildDeathFiles.nhsNumber(),
                born.minusYears(10),
                born.minusYears(10).plusYears(16),
                null,
                "U"),
        "three.csv",
        cdop);
  }

  private HttpResponse<String> list(String query) {
    return Http.get(API + "/child-deaths?" + query, cdop);
  }

  private List<String> bands(String filter) {
    HttpResponse<String> found = list("sourceRef=" + tag + "&sort=age&order=asc&" + filter);
    assertEquals(200, found.statusCode(), found.body());
    return strings(Http.json(found).asJsonArray(), "ageBand");
  }

  private JsonArray records() {
    return Http.json(list("sourceRef=" + tag)).asJsonArray();
  }

  private JsonObject record(long id) {
    HttpResponse<String> found = Http.get(API + "/child-deaths/" + id, cdop);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found).asJsonObject();
  }

  private JsonObject match(String source) {
    HttpResponse<String> open = Http.get(API + "/child-deaths/matches?size=100", cdop);
    assertEquals(200, open.statusCode(), open.body());
    return Http.json(open).asJsonArray().stream()
        .map(m -> m.asJsonObject())
        .filter(m -> m.getJsonObject("notification").getString("source").equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no possible match of " + source));
  }

  private HttpResponse<String> decide(JsonObject match, String decision) {
    return Http.postJson(
        API + "/child-deaths/matches/" + match.getJsonNumber("id") + "/" + decision, cdop, "");
  }

  private static List<String> events(String user, String action) {
    HttpResponse<String> audit =
        Http.get(API + "/audit-events?username=" + user + "&action=" + action, ADMIN);
    assertEquals(200, audit.statusCode(), audit.body());
    return Http.json(audit).asJsonArray().stream()
        .map(e -> e.asJsonObject().isNull("detail") ? "" : e.asJsonObject().getString("detail"))
        .toList();
  }

  private static List<String> strings(JsonArray array, String field) {
    return array.stream().map(v -> v.asJsonObject().getString(field)).toList();
  }

  private String ref(int n) {
    return ChildDeathFiles.ref(tag, n);
  }
}
