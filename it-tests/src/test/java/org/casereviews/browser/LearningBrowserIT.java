package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A review officer in Chromium records a 7-minute briefing on a review with the attendance of two
 * agencies (a negative number first, refused without losing what was typed), then finds it in the
 * list, in the board's summary and on the review's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningBrowserIT {

  @Test
  void aReviewOfficerRecordsABriefingAndSeesHowFarItSpread() throws Exception {
    String officer = Users.create("review-officer", null);
    JsonObject review = review(officer);
    String title = "7-minute briefing " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/learning/index.xhtml");
      signIn(browser, officer);
      browser.waitForText("How far the learning spread");
      browser.open(Http.app() + "/admin/learning/edit.xhtml");
      browser.waitForText("Attendance by agency");

      browser.type("form:title", title);
      browser.choose("form:format", "7-minute briefing");
      // a day no other test uses, so that the summary for it is this test's alone
      browser.typeDate("form:heldOn", "14/02/1991");
      browser.type("form:audience", "Health visitors and school nurses");
      browser.type("form:review", review.getString("reference"));
      browser.type("form:count_POLICE", "12");
      browser.type("form:count_CSC", "-8");
      browser.click("form:submit");
      browser.waitForText("The attendance for Children's social care cannot be negative");
      assertEquals(title, browser.value("form:title"));
      assertEquals("12", browser.value("form:count_POLICE"));
      assertEquals("14/02/1991", browser.value("form:heldOn_input"));

      browser.type("form:count_CSC", "8");
      browser.click("form:submit");
      browser.waitForText("Learning event '" + title + "' recorded.");
      assertTrue(browser.visible("list:events").getText().contains(title), browser.text());

      browser.typeDate("summary:from", "14/02/1991");
      browser.typeDate("summary:to", "14/02/1991");
      browser.click("summary:apply");
      browser.waitForText("Events held: 1. People attending: 20.");
      assertTrue(flat(browser, "summary:byYear").contains("1991 1 20"), browser.text());
      assertTrue(flat(browser, "summary:byFormat").contains("7-minute briefing 1 20"));
      String agencies = flat(browser, "summary:byAgency");
      assertTrue(agencies.contains("Children's social care 1 8"), agencies);
      assertTrue(agencies.contains("Police 1 12"), agencies);
      assertTrue(flat(browser, "summary:byReview").contains(review.getString("reference")));

      browser.open(Http.app() + "/admin/reviews/view.xhtml?id=" + review.getInt("id"));
      browser.waitForText("Learning spread");
      assertTrue(flat(browser, "learningEvents").contains(title + " 7-minute briefing"));
    }
  }

  private static String flat(Browser browser, String id) {
    return browser.visible(id).getText().replaceAll("\\s+", " ");
  }

  private static JsonObject review(String officer) {
    HttpResponse<String> created =
        Http.postJson(
            Http.app() + "/api/v1/reviews",
            Http.basic(officer, Users.PASSWORD),
            Json.createObjectBuilder()
                .add("type", "LOCAL_LEARNING")
                .add("pseudonym", "Child L")
                .add("category", "SERIOUS_HARM")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private static void signIn(Browser browser, String username) {
    browser.type("login:username", username);
    browser.type("login:password", Users.PASSWORD);
    browser.click("login:submit");
  }
}
