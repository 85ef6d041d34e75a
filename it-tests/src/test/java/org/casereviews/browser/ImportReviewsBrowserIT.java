package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.casereviews.it.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator loads a small review history file on the screen and sees what happened. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportReviewsBrowserIT {

  @Test
  void administratorLoadsHistoryAndSeesTheCountAndTheLineNotLoaded() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("review-history", ".csv");
    Files.writeString(
        file,
        "reference,pseudonym,type,category,aware_date\n"
            + "BR 2018-19/01 "
            + run
            + ",Child A,SCR,DEATH,2018-09-04\n"
            + "BR 2018-19/02 "
            + run
            + ",Child B,SCR,DEATH,yesterday\n"
            + "BR 2019-20/01 "
            + run
            + ",Child C,RAPID_REVIEW,SERIOUS_HARM,04/11/2019\n");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/reviews/import.xhtml");
      browser.type("login:username", "admin");
      browser.type("login:password", Http.ADMIN_PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Load a file");

      browser.attach("form:file_input", file);
      browser.click("form:load");
      browser.waitForText("2 reviews loaded.");

      String page = browser.text();
      assertTrue(page.contains("1 line was not loaded: see the reason below."), page);
      assertTrue(
          page.matches(
              "(?s).*\\b3\\s+aware_date\\s+'yesterday' is not a date\\. Write dates like"
                  + " 2019-03-31 or 31/03/2019\\..*"),
          page);
    }
  }
}
