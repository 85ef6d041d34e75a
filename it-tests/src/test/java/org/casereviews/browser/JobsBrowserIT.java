package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.JobRuns;
import org.casereviews.it.Users;
import org.casereviews.it.mail.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: the administrator sends the action reminders from the batch jobs screen, follows the
 * run on its progress bar to the end and reads what it did; a review officer cannot open the
 * screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsBrowserIT {

  @Test
  void theAdministratorRunsTheRemindersAndReadsWhatTheyDid() throws Exception {
    String agency = "Jobs Screen Police " + UUID.randomUUID().toString().substring(0, 8);
    overdueActionOf(agency);
    MailServer mail = MailServer.started();
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/jobs/");
      signIn(browser, "admin", Http.ADMIN_PASSWORD);
      browser.waitForText("E-mails each agency's liaison officers");

      browser.click("jobs:catalogue:0:run");
      assertTrue(browser.visible("jobs:bar").getAttribute("class").contains("ui-progressbar"));
      browser.waitForText("took ");
      assertEquals("Completed", browser.visible("run-status").getText());
      String outcome = browser.visible("outcome").getText();
      assertTrue(outcome.startsWith("Reminded "), outcome);
      assertTrue(browser.visible("jobs:bar").getText().contains("100%"), "a full bar at the end");

      browser.click("jobs:report-link");
      browser.waitForText("Read, written, skipped");
      assertEquals(outcome, browser.visible("summary").getText());
      assertTrue(browser.text().contains(agency), "the agency is in the report: " + browser.text());
      assertFalse(browser.text().contains("{\""), "no raw JSON on the page");
    } finally {
      mail.stop();
    }
  }

  @Test
  void aReviewOfficerCannotOpenTheBatchJobs() throws Exception {
    String officer = Users.create("review-officer", null);
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/jobs/");
      signIn(browser, officer, Users.PASSWORD);
      browser.waitForText("There is no page at this address");
      assertFalse(browser.text().contains("Run now"), browser.text());
    }
  }

  /** A new agency with a liaison officer and one overdue action, made in the server. */
  private static void overdueActionOf(String agency) {
    String spec =
        "{\"name\":\""
            + agency
            + "\",\"liaisons\":[\"duty@"
            + UUID.randomUUID().toString().substring(0, 8)
            + ".police.example\"],\"disabledLiaisons\":[],\"actions\":[{\"description\":"
            + "\"Brief the night shift.\",\"owner\":\"Inspector\",\"dueInDays\":-2,"
            + "\"done\":false}]}";
    HttpResponse<String> made =
        Http.postJson(Http.app() + "/api/v1/it/reminder-fixtures", JobRuns.ADMIN, spec);
    assertEquals(200, made.statusCode(), made.body());
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.type("login:username", username);
    browser.type("login:password", password);
    browser.click("login:submit");
  }
}
