package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casereviews.it.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator loads the government's bank-holidays.json through the screen. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankHolidaysBrowserIT {

  @Test
  void administratorLoadsTheOfficialFileAndSeesTheYear() throws Exception {
    Path file = Files.createTempFile("bank-holidays", ".json");
    Files.writeString(
        file,
        "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":["
            + "{\"title\":\"New Year's Day\",\"date\":\"2034-01-02\",\"notes\":\"Substitute day\",\"bunting\":true},"
            + "{\"title\":\"Good Friday\",\"date\":\"2034-04-07\",\"notes\":\"\",\"bunting\":false}]}}");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/reference/bank-holidays.xhtml");
      browser.type("login:username", "admin");
      browser.type("login:password", Http.ADMIN_PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Load bank-holidays.json");

      browser.attach("form:file_input", file);
      browser.click("form:load");
      browser.waitForText("Loaded 2 bank holidays for 2034.");

      assertTrue(browser.text().contains("Friday 7 April 2034"), browser.text());
      assertTrue(browser.text().contains("Loaded file"), browser.text());
    }
  }
}
