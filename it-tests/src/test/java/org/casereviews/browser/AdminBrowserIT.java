package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person in Chromium: signs in as the administrator, creates a user, signs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

  @Test
  void administratorCreatesAUserWhoCanThenSignIn() throws Exception {
    String username = Users.uniqueName("browser");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/users/");
      signIn(browser, "admin", Http.ADMIN_PASSWORD);
      browser.waitForText("New user");
      assertTrue(
          browser.currentUrl().endsWith("/admin/users/"),
          "back at the page asked for: " + browser.currentUrl());

      browser.click("new-user");
      browser.type("form:username", username);
      browser.type("form:fullName", "Brenda Browser");
      browser.type("form:email", "brenda@example.org");
      browser.clickLabelFor("form:roles:1");
      browser.type("form:password", Users.PASSWORD);
      browser.type("form:passwordAgain", Users.PASSWORD);
      browser.click("form:save");
      browser.waitForText("User " + username + " created.");

      browser.click("menuform:signout");
      browser.waitForText("You have signed out.");

      signIn(browser, username, Users.PASSWORD);
      browser.waitForText("Signed in as");
      assertTrue(browser.text().contains("Review officer"), browser.text());
      assertFalse(
          browser.text().contains("Administration"), "no Administration menu for a review officer");
    }
  }

  @Test
  void wrongPasswordKeepsTheUserNameAndSaysNothingMore() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/login.xhtml");
      signIn(browser, "admin", "not-the-password-at-all");
      browser.waitForText("Sign-in failed");

      assertEquals("admin", browser.value("login:username"));
      assertEquals("", browser.value("login:password"));
    }
  }

  @Test
  void newUserFormKeepsWhatWasTypedWhenRefused() throws Exception {
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/users/edit.xhtml");
      signIn(browser, "admin", Http.ADMIN_PASSWORD);
      browser.type("form:username", "short.pass");
      browser.type("form:fullName", "Sam Short");
      browser.clickLabelFor("form:roles:4");
      browser.type("form:password", "too-short");
      browser.type("form:passwordAgain", "too-short");
      browser.click("form:save");
      browser.waitForText("at least 12 characters");

      assertEquals("short.pass", browser.value("form:username"));
      assertEquals("Sam Short", browser.value("form:fullName"));
    }
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.type("login:username", username);
    browser.type("login:password", password);
    browser.click("login:submit");
  }
}
