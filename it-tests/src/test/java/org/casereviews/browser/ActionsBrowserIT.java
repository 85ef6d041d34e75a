package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.casereviews.it.ActionFixtures;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a police liaison officer adds evidence and reports the action complete; a review
 * officer assures it. Another agency's liaison officer cannot open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionsBrowserIT {

  @Test
  void aLiaisonOfficerAddsEvidenceAndAReviewOfficerAssuresTheAction() throws Exception {
    String officer = Users.create("review-officer", null);
    String police = Users.create("agency-liaison", "POLICE");
    String school = Users.create("agency-liaison", "EDUCATION");
    long action = action(Http.basic(officer, Users.PASSWORD));
    String page = Http.app() + "/admin/actions/view.xhtml?id=" + action;
    Path pdf = Files.createTempFile("training-register", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);

    try (Browser browser = new Browser()) {
      browser.open(page);
      signIn(browser, police);
      browser.waitForText("Brief all response officers");
      browser.attach("upload:file_input", pdf);
      browser.click("upload:addEvidence");
      browser.waitForText("added as evidence.");
      browser.choose("progress:status", "Completed - awaiting assurance");
      browser.type("progress:note", "All 40 response officers briefed; register attached.");
      browser.click("progress:report");
      browser.waitForText("Progress recorded.");
      assertEquals("Completed - awaiting assurance", browser.visible("status").getText());
      assertTrue(browser.text().contains(pdf.getFileName().toString()), browser.text());
    }
    try (Browser browser = new Browser()) {
      browser.open(page);
      signIn(browser, school);
      browser.waitForText("belongs to another agency");
    }
    try (Browser browser = new Browser()) {
      browser.open(page);
      signIn(browser, officer);
      browser.waitForText("Record decision");
      browser.clickLabelFor("assurance:decision:0");
      browser.type("assurance:assuranceNote", "Register checked against the duty rota.");
      browser.click("assurance:assure");
      browser.waitForText("Assurance recorded: the action is now assured.");
      assertEquals("Assured", browser.visible("status").getText());
      assertEquals("Complete", browser.visible("rag").getText());
    }
  }

  /** A review, a recommendation and a police action on it, made over the API. */
  private static long action(String officer) {
    int review =
        ActionFixtures.reviewWithRecommendation(
                officer, "LOCAL_LEARNING", "Child R", "Check who lives in the household.", null)
            .getInt("id");
    return ActionFixtures.action(
            officer,
            review,
            "POLICE",
            "Brief all response officers on household checks.",
            LocalDate.now().plusDays(30))
        .getJsonNumber("id")
        .longValue();
  }

  private static void signIn(Browser browser, String username) {
    browser.type("login:username", username);
    browser.type("login:password", Users.PASSWORD);
    browser.click("login:submit");
  }
}
