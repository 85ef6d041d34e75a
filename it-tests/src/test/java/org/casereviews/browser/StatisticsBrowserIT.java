package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casereviews.it.Http;
import org.casereviews.statistics.StatisticsFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics in Chromium: the administrator loads the child populations on the reference data
 * page (a bad line reported with its number), chooses the partnership's area, sees Chart 1 and
 * Chart 2 drawn on the dashboard, and reads the per-capita answer and the funnel plot on the
 * statistics page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsBrowserIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);
  private static final String API = Http.app() + "/api/v1";

  @Test
  void administratorLoadsReferenceDataAndReadsThePerCapitaAnswer() throws Exception {
    ensureReviews();
    Path populations = Files.createTempFile("populations", ".csv");
    Files.writeString(populations, StatisticsFixtures.populations() + "E99,Nowhere,2010,12\n");
    Path national = Files.createTempFile("national", ".csv");
    Files.writeString(national, StatisticsFixtures.nationalReviews());
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/reference/statistics.xhtml");
      signIn(browser);
      browser.waitForText("Statistics reference data");
      browser.choose("form:kind", "Child populations (area_code, area_name, year, population)");
      browser.attach("form:file_input", populations);
      browser.click("form:load");
      browser.waitForText("40 lines loaded. 1 line was not loaded");
      assertTrue(browser.text().contains("'E99' is not an ONS area code"), browser.text());

      browser.choose("form:kind", "England's reviews (year, review_type, reviews)");
      browser.attach("form:file_input", national);
      browser.click("form:load");
      browser.waitForText("10 lines loaded.");

      browser.choose("area-form:localArea", "Birmingham (E08000025)");
      browser.click("area-form:choose");
      browser.waitForText("The statistics compare Birmingham (E08000025) with England.");

      browser.open(Http.app() + "/admin/");
      browser.waitForText("Chart 1: reviews commissioned");
      assertEquals(2L, datasets(browser, "chart1"), "Chart 1 is drawn with death and harm");
      assertEquals(2L, datasets(browser, "chart2"), "Chart 2 is drawn with deaths and reviews");

      browser.open(Http.app() + "/admin/statistics/");
      browser.type("span-form:from", "2005");
      browser.type("span-form:to", "2014");
      browser.click("span-form:show");
      browser.waitForText("27 reviews against 33.8 expected: ratio 0.80, 95% CI 0.53-1.16");
      assertTrue(browser.text().contains("not significantly different from England"));
      assertEquals(7L, datasets(browser, "review-funnel-chart"), "points, centre and four limits");

      browser.choose("breakdown-form:dimension", "Place of death");
      browser.waitForText("Child deaths by place of death, 2005 to 2014");
      assertTrue(browser.text().contains("Public place"), "a row for every place");
    } finally {
      Files.deleteIfExists(populations);
      Files.deleteIfExists(national);
    }
  }

  /** The number of datasets Chart.js drew in the chart with this id, or -1 when none is drawn. */
  private static long datasets(Browser browser, String id) {
    Object count =
        browser.script(
            "var canvas = document.querySelector('[id$=\""
                + id
                + "\"] canvas');"
                + "var chart = canvas && Chart.getChart(canvas);"
                + "return chart ? chart.data.datasets.length : -1;");
    return ((Number) count).longValue();
  }

  /** The partnership's 27 SCRs of 2005 to 2014, unless another test has loaded them. */
  private static void ensureReviews() {
    HttpResponse<String> counted =
        Http.get(API + "/statistics/reviews-per-year?from=2005&to=2014&type=SCR", ADMIN);
    if (Http.json(counted).asJsonObject().getJsonObject("total").getInt("total") == 0) {
      HttpResponse<String> loaded =
          Http.send(
              HttpRequest.newBuilder(URI.create(API + "/reviews/imports"))
                  .header("Authorization", ADMIN)
                  .header("Content-Type", "text/csv; charset=UTF-8")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          StatisticsFixtures.reviewsCsv(), StandardCharsets.UTF_8))
                  .build());
      assertEquals(200, loaded.statusCode(), loaded.body());
    }
  }

  private static void signIn(Browser browser) {
    browser.type("login:username", "admin");
    browser.type("login:password", Http.ADMIN_PASSWORD);
    browser.click("login:submit");
  }
}
