package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.casereviews.cdop.DeathRecordFixtures;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CDOP officer in Chromium opens a child death record made by an import, sees who the child was
 * and the two notifications, moves the record to its child death review meeting, fills in the
 * panel's analysis (first without a category, refused without losing what was typed, then with one)
 * and sees the record reviewed by the panel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CdopRecordBrowserIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void aCdopOfficerRecordsThePanelsReviewOfADeath() throws Exception {
    String officer = Users.create(Roles.CDOP_OFFICER, null);
    LocalDate died = LocalDate.now().minusDays(100);
    long id =
        DeathRecordFixtures.record(Http.basic(officer, Users.PASSWORD), "Browserfield", died, "N");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/cdop/record.xhtml?id=" + id);
      signIn(browser, officer);
      browser.waitForText("Who the child was");
      assertTrue(browser.visible("name").getText().contains("Browserfield"), browser.text());
      assertEquals(10, browser.visible("nhsNumber").getText().length());
      String notifications = browser.visible("notifications").getText();
      assertTrue(notifications.contains("REGISTRAR"), notifications);
      assertTrue(notifications.contains("HOSPITAL"), notifications);
      assertEquals("Required", browser.visible("jar").getText());
      assertEquals("Notified", browser.visible("status").getText());

      browser.click("move:moveOn");
      browser.waitForText("Now: Information gathering.");
      browser.typeDate("move:on", died.plusDays(30).format(TYPED));
      browser.click("move:moveOn");
      browser.waitForText("Now: Child death review meeting held.");

      browser.click("panelForm");
      browser.waitForText("Panel review of record " + id);
      browser.typeDate("panel:reviewedOn", died.plusDays(60).format(TYPED));
      browser.click("panel:addFactor");
      browser.visible("panel:factors:0:description");
      browser.choose("panel:factors:0:domain", "Physical environment");
      browser.type("panel:factors:0:description", "Unsafe sleeping arrangement");
      browser.choose("panel:factors:0:score", "2 - Factors that may have contributed");
      browser.clickLabelFor("panel:modifiable:0");
      browser.type("panel:learningPoints", "Safe sleep advice at every contact");
      browser.click("panel:save");
      browser.waitForText("Choose the category of the death");
      assertEquals("Unsafe sleeping arrangement", browser.value("panel:factors:0:description"));
      assertEquals("Safe sleep advice at every contact", browser.value("panel:learningPoints"));
      assertEquals(died.plusDays(60).format(TYPED), browser.value("panel:reviewedOn_input"));

      browser.choose("panel:category", "10 · Sudden unexpected, unexplained death");
      browser.click("panel:save");
      browser.waitForText("Now: Reviewed by the panel.");
      assertEquals("Reviewed by the panel", browser.visible("status").getText());
      assertTrue(browser.visible("category").getText().startsWith("10"), browser.text());
      assertTrue(
          browser.visible("factors").getText().contains("Unsafe sleeping arrangement"),
          browser.text());
      assertTrue(browser.visible("timeline").getText().contains("Reviewed by the panel"));

      browser.open(Http.app() + "/admin/cdop/meetings/index.xhtml");
      browser.typeDate("newMeeting:heldOn", died.plusDays(60).format(TYPED));
      browser.type("newMeeting:title", "CDOP panel for record " + id);
      browser.click("newMeeting:create");
      browser.waitForText("add the cases it reviewed");
      browser.type("cases:caseNumber", Long.toString(id));
      browser.click("cases:addCase");
      browser.waitForText("Record " + id + " is one of the meeting's cases.");
      assertTrue(browser.visible("cases:caseList").getText().contains("No. " + id), browser.text());
      browser.open(Http.app() + "/admin/cdop/meetings/index.xhtml");
      browser.waitForText("CDOP panel for record " + id);
    }
  }

  private static void signIn(Browser browser, String username) {
    browser.type("login:username", username);
    browser.type("login:password", Users.PASSWORD);
    browser.click("login:submit");
  }
}
