package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The historic review import over HTTP, as another council system or a script would use it: a
 * partnership's ten years of reviews, saved from a spreadsheet (byte order mark, CRLF), with a few
 * bad lines among the good. Each test makes its references unique, because every test of the run
 * shares one database. {@link HistoricImportRecordsIT} looks at what a load leaves in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoricImportIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);
  private static final String URL = Http.app() + "/api/v1/reviews/imports";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** The good lines of ten-years.csv: 30 reviews from 2015 to 2025; 7 lines are bad. */
  private static final int GOOD_LINES = 30;

  @Test
  void administratorLoadsTenYearsOfHistoryAndSeesEachBadLineWithItsReason() {
    String run = run();

    HttpResponse<String> response = postCsv(ADMIN, asExcelSavesIt(fixture("ten-years.csv", run)));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject report = Http.json(response).asJsonObject();
    assertEquals(GOOD_LINES, report.getInt("loaded"), response.body());
    Map<Integer, JsonObject> rejected = byLine(report.getJsonArray("rejected"));
    assertEquals(List.of(7, 12, 16, 21, 25, 29, 42), List.copyOf(rejected.keySet()));
    assertRejected(
        rejected.get(7),
        "aware_date",
        "Becoming aware (3 October 2016) cannot come before the incident (10 October 2016).");
    assertRejected(
        rejected.get(12),
        "published_date",
        "Publication (29 April 2019) cannot come before sign-off (13 May 2019).");
    assertRejected(
        rejected.get(16),
        "themes",
        "There is no review theme with the code GROOMING. The codes are listed under"
            + " Administration; separate codes with ';'.");
    assertRejected(
        rejected.get(21),
        "reference",
        "The reference SCP 2019-20/01 "
            + run
            + " is also on line 13: each review needs a reference of its own.");
    assertRejected(
        rejected.get(25),
        "incident_date",
        "'30/02/2022' is not a date. Write dates like 2019-03-31 or 31/03/2019.");
    assertEquals("type", rejected.get(29).getString("column"));
    assertTrue(
        rejected.get(29).getString("reason").startsWith("'Case review' is not a kind of review."),
        rejected.get(29).toString());
    assertTrue(rejected.get(42).isNull("column"), "the whole line: " + rejected.get(42));
    assertTrue(
        rejected.get(42).getString("reason").startsWith("Give at least one date."),
        rejected.get(42).toString());
  }

  @Test
  void loadingTheSameFileAgainLoadsNothingNew() {
    String file = asExcelSavesIt(fixture("ten-years.csv", run()));
    postCsv(ADMIN, file);

    HttpResponse<String> again = postCsv(ADMIN, file);

    assertEquals(200, again.statusCode(), again.body());
    JsonObject report = Http.json(again).asJsonObject();
    assertEquals(0, report.getInt("loaded"));
    Map<Integer, JsonObject> rejected = byLine(report.getJsonArray("rejected"));
    List<Integer> alreadyThere =
        rejected.entrySet().stream()
            .filter(e -> e.getValue().getString("reason").contains("is already used by a review"))
            .map(Map.Entry::getKey)
            .toList();
    // every review loaded the first time, and the line that repeated one of them
    assertEquals(GOOD_LINES + 1, alreadyThere.size(), again.body());
    assertEquals(GOOD_LINES + 7, rejected.size(), again.body());
    assertEquals("aware_date", rejected.get(7).getString("column"), "a bad line keeps its reason");
  }

  @Test
  void fileWithoutTheTypeColumnIsRefusedAndLoadsNothing() {
    String run = run();

    HttpResponse<String> refused = postCsv(ADMIN, fixture("no-type-column.csv", run));
    HttpResponse<String> corrected = postCsv(ADMIN, fixture("with-type-column.csv", run));

    assertEquals(400, refused.statusCode(), refused.body());
    String message = Http.json(refused).asJsonObject().getString("message");
    assertTrue(message.startsWith("The first line does not name the column type."), refused.body());
    assertEquals(200, corrected.statusCode(), corrected.body());
    JsonObject report = Http.json(corrected).asJsonObject();
    assertEquals(3, report.getInt("loaded"), "none of the refused file's references were taken");
    assertEquals(0, report.getJsonArray("rejected").size(), corrected.body());
  }

  @Test
  void onlyAdministratorsImportHistory() {
    String officer = Users.create("review-officer", null);
    String viewer = Users.create("viewer", null);
    String file = fixture("with-type-column.csv", run());

    HttpResponse<String> byOfficer = postCsv(Http.basic(officer, Users.PASSWORD), file);
    HttpResponse<String> byViewer = postCsv(Http.basic(viewer, Users.PASSWORD), file);
    HttpResponse<String> screen =
        Http.get(Http.app() + "/admin/reviews/import.xhtml", Http.basic(officer, Users.PASSWORD));

    assertEquals(403, byOfficer.statusCode(), byOfficer.body());
    assertEquals(403, byViewer.statusCode(), byViewer.body());
    assertEquals(404, screen.statusCode(), "the screen answers like a page that does not exist");
  }

  @Test
  void exampleFileTheScreenOffersDownloadsAndLoads() {
    String run = run();

    HttpResponse<String> screen = Http.get(Http.app() + "/admin/reviews/import.xhtml", ADMIN);
    HttpResponse<String> example =
        Http.get(Http.app() + "/resources/casereviews/review-history-example.csv", null);
    String unique =
        example
            .body()
            .lines()
            .map(
                line ->
                    line.startsWith("reference,") ? line : line.replaceFirst(",", " " + run + ","))
            .collect(Collectors.joining("\n"));
    HttpResponse<String> loaded = postCsv(ADMIN, unique);

    assertEquals(200, screen.statusCode());
    assertTrue(screen.body().contains("Import review history"), screen.body());
    assertTrue(screen.body().contains("/resources/casereviews/review-history-example.csv"));
    assertEquals(200, example.statusCode());
    assertTrue(example.body().startsWith("reference,pseudonym,type,category"), example.body());
    assertEquals(4, Http.json(loaded).asJsonObject().getInt("loaded"), loaded.body());
    assertEquals(0, Http.json(loaded).asJsonObject().getJsonArray("rejected").size());
  }

  private static void assertRejected(JsonObject row, String column, String reason) {
    assertEquals(column, row.getString("column"), row.toString());
    assertEquals(reason, row.getString("reason"));
  }

  private static Map<Integer, JsonObject> byLine(JsonArray rejected) {
    return rejected.stream()
        .map(JsonObject.class::cast)
        .collect(
            Collectors.toMap(
                row -> row.getInt("line"), row -> row, (a, b) -> a, java.util.TreeMap::new));
  }

  /** A word no other test uses, to make this test's references its own. */
  private static String run() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A fixture of this class with {run} replaced. */
  static String fixture(String name, String run) {
    try (InputStream in = HistoricImportIT.class.getResourceAsStream("/HistoricImportIT/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{run}", run);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As Excel's "CSV UTF-8" writes a file: a byte order mark, and CRLF after every line. */
  private static String asExcelSavesIt(String csv) {
    return "\uFEFF" + csv.replace("\n", "\r\n");
  }

  private static HttpResponse<String> postCsv(String authorization, String csv) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(URL))
            .header("Authorization", authorization)
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
