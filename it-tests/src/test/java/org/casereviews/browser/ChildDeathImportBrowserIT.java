package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium, a CDOP officer uploads a small child-death file with one bad row on the import
 * screen, watches the progress bar to the end, reads the counts and the rejected row, then finds
 * the new record in the list, masked, with its link to the record, and exports it without
 * identifiers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildDeathImportBrowserIT {

  private static final String API = Http.app() + "/api/v1";

  @Test
  void anOfficerImportsAFileFollowsItAndFindsTheRecord() throws Exception {
    String officer = Users.create(Roles.CDOP_OFFICER, null);
    String tag = "B" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate born = LocalDate.of(2010, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    Path file = Files.createTempFile("child-deaths", ".csv");
    Files.writeString(
        file,
        "source_system,source_ref,family_name,given_names,sex,date_of_birth,date_of_death,"
            + "postcode,expected\n"
            + "REGISTRAR,"
            + tag
            + "-1,Jones,Sam,M,"
            + born
            + ","
            + born.plusYears(6)
            + ",B2 2DR,N\n"
            + "HOSPITAL,"
            + tag
            + "-2,Jones,Sam,X,"
            + born
            + ","
            + born.plusYears(6)
            + ",,N\n");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/cdop/import.xhtml");
      browser.type("login:username", officer);
      browser.type("login:password", Users.PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Recent imports");

      browser.attach("upload:file_input", file);
      browser.click("upload:import");
      assertTrue(browser.visible("bar").getAttribute("class").contains("ui-progressbar"));
      browser.waitForText("took ");
      assertEquals("Completed", browser.visible("run-status").getText());
      assertTrue(browser.visible("bar").getText().contains("100%"), "a full bar at the end");
      assertEquals("2", browser.visible("rows-read").getText());
      assertEquals("1", browser.visible("rows-loaded").getText());
      assertEquals("1", browser.visible("rows-rejected").getText());
      String page = browser.text();
      assertTrue(page.matches("(?s).*\\b3\\s+sex\\b.*"), page);

      browser.click("records");
      browser.type("form:sourceRef", tag);
      browser.click("form:apply");
      browser.waitForText("1 records");
      long id = recordOf(tag, officer);
      assertTrue(browser.text().contains("J***"), "the name masked: " + browser.text());
      assertFalse(browser.text().contains("Jones"), "no name in the list");
      String href = browser.attribute("open-" + id, "href");
      assertTrue(href.endsWith("/admin/cdop/record.xhtml?id=" + id), href);

      assertFalse(browser.present("form:export-identifiers"), "an administrator's alone");
      browser.click("form:export");
      List<String> exported = Files.readAllLines(browser.downloaded("child-deaths.csv"));
      assertEquals(2, exported.size(), exported.toString());
      assertTrue(exported.get(1).startsWith(id + ","), exported.toString());
      assertFalse(String.join("\n", exported).contains("Jones"), exported.toString());
    }
    HttpResponse<String> record =
        Http.get(API + "/child-deaths/" + recordOf(tag, officer), auth(officer));
    assertEquals(200, record.statusCode(), record.body());
    JsonObject opened = Http.json(record).asJsonObject();
    assertEquals("Jones", opened.getJsonObject("identity").getString("familyName"));
    assertEquals(
        tag + "-1", opened.getJsonArray("notifications").getJsonObject(0).getString("sourceRef"));
  }

  private static long recordOf(String tag, String officer) {
    HttpResponse<String> found = Http.get(API + "/child-deaths?sourceRef=" + tag, auth(officer));
    assertEquals(200, found.statusCode(), found.body());
    JsonArray records = Http.json(found).asJsonArray();
    assertEquals(1, records.size(), found.body());
    return records.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static String auth(String user) {
    return Http.basic(user, Users.PASSWORD);
  }
}
