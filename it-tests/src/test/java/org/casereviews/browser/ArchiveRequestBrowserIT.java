package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.it.mail.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In Chromium: a member of the public asks for an archived report, mistypes the e-mail address and
 * keeps everything else they typed; a review officer approves the request in the queue and the
 * requester is e-mailed the link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveRequestBrowserIT {

  @Test
  void theFormKeepsWhatWasTypedAfterABadEmailAndAnOfficerApprovesTheRequest() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long review = archivedReview("Child Browser " + tag);
    String email = "browser." + tag + "@example.org";
    String officer = Users.create("review-officer", null);
    MailServer mail = MailServer.started();
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/public/request-archived.xhtml?review=" + review);
      browser.waitForText("Child Browser " + tag);
      browser.type("request:name", "Sam Writer " + tag);
      browser.type("request:email", "sam.writer at example");
      browser.type("request:organisation", "Example Press");
      browser.type("request:reason", "A book on learning from reviews.");
      browser.click("request:send");
      browser.waitForText("Give a whole e-mail address, such as jo.bloggs@example.org.");
      assertEquals("Sam Writer " + tag, browser.value("request:name"));
      assertEquals("sam.writer at example", browser.value("request:email"));
      assertEquals("Example Press", browser.value("request:organisation"));
      assertEquals("A book on learning from reviews.", browser.value("request:reason"));
      browser.type("request:email", email);
      browser.click("request:send");
      browser.waitForText("Thank you: your request has been received.");

      browser.open(Http.app() + "/admin/publication/requests.xhtml");
      browser.type("login:username", officer);
      browser.type("login:password", Users.PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Sam Writer " + tag);
      assertEquals(email, browser.visible("queue:requests:0:email").getText());
      browser.click("queue:requests:0:approve");
      browser.waitForText("Approved: a download link was e-mailed to " + email);
      assertEquals(1, mail.to(email).size());
      assertTrue(
          MailServer.text(mail.to(email).get(0)).contains("/public/archived.xhtml?token="),
          MailServer.text(mail.to(email).get(0)));
    } finally {
      mail.stop();
    }
  }

  private static long archivedReview(String pseudonym) {
    HttpResponse<String> made =
        Http.postJson(
            Http.app() + "/api/v1/it/archive-request-fixtures/archived",
            Http.basic("admin", Http.ADMIN_PASSWORD),
            Json.createObjectBuilder()
                .add("pseudonym", pseudonym)
                .add("reportBytes", 2000)
                .build()
                .toString());
    assertEquals(200, made.statusCode(), made.body());
    return Http.json(made).asJsonObject().getJsonNumber("reviewId").longValue();
  }
}
