package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a review officer adds the full report on the review's Publication page; a file that
 * only pretends to be a PDF is refused next to the file field and the title typed is kept; the
 * report is made internal; a viewer sees the documents but no forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicationBrowserIT {

  @Test
  void anOfficerAddsTheReportAndAFakePdfIsRefusedKeepingWhatWasTyped() throws Exception {
    String officer = Users.create("review-officer", null);
    String viewer = Users.create("viewer", null);
    int review = review(Http.basic(officer, Users.PASSWORD));
    String page = Http.app() + "/admin/reviews/publication.xhtml?id=" + review;
    Path pdf = Files.createTempFile("overview-report", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);
    Path fake = Files.createTempFile("briefing", ".pdf");
    Files.writeString(fake, "This is plain text, not a PDF.", StandardCharsets.US_ASCII);

    try (Browser browser = new Browser()) {
      browser.open(page);
      signIn(browser, officer);
      browser.waitForText("Add a document");
      browser.choose("add:kind", "Full report");
      browser.type("add:title", "Overview report: Child P");
      browser.attach("add:file_input", pdf);
      browser.click("add:addDocument");
      browser.waitForText("Full report 'Overview report: Child P' added.");

      browser.choose("add:kind", "Practitioner briefing");
      browser.type("add:title", "Seven-minute briefing");
      browser.attach("add:file_input", fake);
      browser.click("add:addDocument");
      browser.waitForText("is called a PDF document but its content is not");
      assertEquals("Seven-minute briefing", browser.value("add:title"));

      browser.click("documents:0:toggle:togglePublic");
      browser.waitForText("'Overview report: Child P' is now internal.");
      assertTrue(browser.text().contains("Internal"), browser.text());
    }
    try (Browser browser = new Browser()) {
      browser.open(page);
      signIn(browser, viewer);
      browser.waitForText("Overview report: Child P");
      assertTrue(!browser.text().contains("Add a document"), browser.text());
    }
  }

  private static int review(String officer) {
    HttpResponse<String> created =
        Http.postJson(
            Http.app() + "/api/v1/reviews",
            officer,
            Json.createObjectBuilder()
                .add("type", "SILP")
                .add("pseudonym", "Child P")
                .add("category", "SERIOUS_HARM")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject().getInt("id");
  }

  private static void signIn(Browser browser, String username) {
    browser.type("login:username", username);
    browser.type("login:password", Users.PASSWORD);
    browser.click("login:submit");
  }
}
