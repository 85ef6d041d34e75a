package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A review officer in Chromium records a notification, triages it to a rapid review, follows the
 * Panel's decision to an LCSPR, sees each statutory deadline right to the day, and runs the LCSPR
 * to publication.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewsBrowserIT {

  @Test
  void notificationToRapidReviewToLcsprWithItsDeadlines() throws Exception {
    String officer = Users.create("review-officer", null);
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/notifications/new.xhtml");
      signIn(browser, officer);
      browser.waitForText("New significant-incident notification");

      browser.choose("form:agency", "Police");
      browser.typeDate("form:incidentOn", "18/12/2024");
      browser.typeDate("form:awareOn", "20/12/2024");
      browser.clickLabelFor("form:category:1");
      browser.type("form:summary", "Baby of 3 months admitted with fractures.");
      browser.type("form:kids:0:ageYears_input", "0");
      browser.type("form:kids:0:ageMonths_input", "3");
      browser.choose("form:kids:0:sex", "Female");
      browser.click("form:submit");
      browser.waitForText("received. Thank you.");
      // the Panel must hear within 5 working days: Christmas and Boxing Day do not count
      assertTrue(browser.text().contains("Tue 31 Dec 2024"), browser.text());

      browser.clickLabelFor("form:decision:2");
      browser.type(
          "form:reasons", "Serious harm, neglect suspected: criteria for a rapid review met.");
      browser.type("form:pseudonym", "Baby Sama");
      browser.click("form:triage");
      browser.waitForText("Baby Sama");
      browser.waitForText("Send the rapid review to the Panel");
      assertTrue(browser.text().contains("Tue 31 Dec 2024"), "Panel notification due");
      assertTrue(browser.text().contains("Wed 15 Jan 2025"), "rapid review due 15 working days on");

      browser.choose("move:nextStatus", "Rapid review submitted to the Panel");
      browser.typeDate("move:on", "10/01/2025");
      browser.click("move:moveButton");
      browser.waitForText("Now: Rapid review submitted to the Panel.");
      assertTrue(browser.text().contains("met 3 working days early"), browser.text());

      browser.choose("move:nextStatus", "Panel decision received");
      browser.clickLabelFor("move:decision:1");
      browser.typeDate("move:on", "24/01/2025");
      browser.click("move:moveButton");
      browser.waitForText("Now: Panel decision received.");

      browser.typeDate("lcspr:initiatedOn", "25/02/2025");
      browser.click("lcspr:commission");
      browser.waitForText("is commissioned after");
      browser.waitForText("Publish the LCSPR");
      // 25 August 2025 is a bank holiday: due the Friday before; the report 7 working days earlier
      assertTrue(browser.text().contains("Fri 22 Aug 2025"), browser.text());
      assertTrue(browser.text().contains("Wed 13 Aug 2025"), browser.text());
      assertEquals("Commissioned", browser.visible("status").getText());

      // and on to publication, the report going to the Panel first
      move(browser, "In progress", "03/03/2025");
      move(browser, "Draft report", "02/06/2025");
      move(browser, "Signed off", "01/07/2025");
      move(browser, "Sent to the Panel before publication", "02/07/2025");
      move(browser, "Published", "15/07/2025");
      assertEquals("Published", browser.visible("status").getText());
      assertTrue(browser.text().contains("met 28 working days early"), browser.text());
    }
  }

  private static void move(Browser browser, String status, String on) {
    browser.choose("move:nextStatus", status);
    browser.typeDate("move:on", on);
    browser.click("move:moveButton");
    browser.waitForText("Now: " + status + ".");
  }

  @Test
  void aRefusedNotificationKeepsWhatWasTyped() throws Exception {
    String liaison = Users.create("agency-liaison", "EDUCATION");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/notifications/new.xhtml");
      signIn(browser, liaison);
      browser.waitForText("New significant-incident notification");

      browser.typeDate("form:incidentOn", "10/03/2025");
      browser.typeDate("form:awareOn", "09/03/2025");
      browser.clickLabelFor("form:category:0");
      browser.type("form:summary", "Year 9 pupil died; concerns raised by the school.");
      browser.type("form:kids:0:ageYears_input", "14");
      browser.choose("form:kids:0:sex", "Male");
      browser.click("form:submit");
      browser.waitForText("cannot have become aware");

      assertEquals(
          "Year 9 pupil died; concerns raised by the school.", browser.value("form:summary"));
      assertEquals("09/03/2025", browser.value("form:awareOn_input"));
      assertEquals("14", browser.value("form:kids:0:ageYears_input"));
    }
  }

  private static void signIn(Browser browser, String username) {
    browser.type("login:username", username);
    browser.type("login:password", Users.PASSWORD);
    browser.click("login:submit");
  }
}
