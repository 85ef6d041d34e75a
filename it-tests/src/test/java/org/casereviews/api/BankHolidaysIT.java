package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bank holidays: shipped for 2010-2030, and loaded from the official bank-holidays.json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankHolidaysIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);
  private static final String URL = Http.app() + "/api/v1/bank-holidays";

  @Test
  void shippedListKnowsThe2020VeDayMove() {
    String viewer = Users.create("viewer", null);

    HttpResponse<String> response =
        Http.get(URL + "?year=2020", Http.basic(viewer, Users.PASSWORD));

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"2020-05-08\""), response.body());
    assertFalse(response.body().contains("\"2020-05-04\""), response.body());
  }

  @Test
  void administratorLoadsTheOfficialFileAndItsYearsReplaceTheShippedOnes() {
    String file =
        "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
            + "{\"title\":\"New Year’s Day\",\"date\":\"2032-01-01\",\"notes\":\"\",\"bunting\":true},"
            + "{\"title\":\"Extra day\",\"date\":\"2032-03-15\",\"notes\":\"\",\"bunting\":true}]},"
            + "\"scotland\":{\"division\":\"scotland\",\"events\":[]}}";

    HttpResponse<String> loaded = Http.postJson(URL, ADMIN, file);
    HttpResponse<String> year = Http.get(URL + "?year=2032", ADMIN);

    assertEquals(200, loaded.statusCode(), loaded.body());
    assertEquals(2, Http.json(loaded).asJsonObject().getInt("holidays"));
    JsonArray days = Http.json(year).asJsonArray();
    assertEquals(2, days.size(), year.body());
    JsonObject extra = days.getJsonObject(1);
    assertEquals("2032-03-15", extra.getString("date"));
    assertTrue(extra.getBoolean("loaded"));
  }

  @Test
  void badFileIsRefusedWithTheReasonAndLoadsNothing() {
    String oneBadEvent =
        "{\"england-and-wales\":{\"events\":["
            + "{\"title\":\"Good day\",\"date\":\"2033-06-01\"},"
            + "{\"title\":\"Bad day\",\"date\":\"1 June 2033\"}]}}";

    HttpResponse<String> notJson = Http.postJson(URL, ADMIN, "this is not json");
    HttpResponse<String> badEvent = Http.postJson(URL, ADMIN, oneBadEvent);
    HttpResponse<String> year = Http.get(URL + "?year=2033", ADMIN);

    assertEquals(400, notJson.statusCode(), notJson.body());
    assertTrue(notJson.body().contains("not a bank-holidays.json file"), notJson.body());
    assertEquals(400, badEvent.statusCode(), badEvent.body());
    assertTrue(badEvent.body().contains("event 2 (Bad day)"), badEvent.body());
    assertTrue(
        Http.json(year).asJsonArray().stream()
            .noneMatch(day -> day.asJsonObject().getBoolean("loaded")),
        "nothing of the bad file was loaded: " + year.body());
    assertFalse(year.body().contains("2033-06-01"), year.body());
  }

  @Test
  void onlyAdministratorsLoadBankHolidays() {
    String officer = Users.create("review-officer", null);

    HttpResponse<String> response =
        Http.postJson(
            URL, Http.basic(officer, Users.PASSWORD), "{\"england-and-wales\":{\"events\":[]}}");

    assertEquals(403, response.statusCode(), response.body());
  }
}
