package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereviews.it.Http;
import org.casereviews.it.TestDirectory;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person in Chromium: signs in as the administrator, creates a user and a system account (and
 * rotates its password), looks at a directory account, signs out.
 */
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

  @Test
  void administratorMakesASystemAccountAndRotatesItsPassword() throws Exception {
    String username = Users.uniqueName("sys.browser");
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/users/edit.xhtml");
      signIn(browser, "admin", Http.ADMIN_PASSWORD);
      browser.type("form:username", username);
      browser.type("form:fullName", "Schools admissions system");
      browser.clickLabelFor("form:roles:4");
      browser.clickLabelFor("form:kind:1");
      browser.type("form:password", Users.PASSWORD);
      browser.type("form:passwordAgain", Users.PASSWORD);
      browser.click("form:save");
      browser.waitForText("User " + username + " created.");
      assertFalse(browser.present("reset:resetPassword"), "a system account's password rotates");

      browser.click("rotate:rotatePassword");
      browser.waitForText("Copy it now: it is not shown again.");

      Matcher shown = Pattern.compile("New password: (\\S+)").matcher(browser.text());
      assertTrue(shown.find(), browser.text());
      assertEquals(200, Users.me(username, shown.group(1)).statusCode(), "the new password");
      assertEquals(
          200, Users.me(username, Users.PASSWORD).statusCode(), "the previous one, for a day");
    }
  }

  @Test
  void aDirectoryAccountIsShownAsTheDirectoryGaveIt() throws Exception {
    String account = Users.uniqueName("dir.browser");
    TestDirectory.person(account, "Dora " + account, "Council-Directory-Pass-1", "SCP Reviewers");
    assertEquals(200, Users.me(account, "Council-Directory-Pass-1").statusCode());
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/users/edit.xhtml?id=" + Users.find(account).getInt("id"));
      signIn(browser, "admin", Http.ADMIN_PASSWORD);
      browser.waitForText("signs in through the council directory");

      assertEquals("Dora " + account, browser.value("form:fullName"));
      assertFalse(browser.present("form:save"), "nothing to save: the directory gives it all");
      assertFalse(browser.present("reset:resetPassword"), "the password is the directory's");
      assertTrue(browser.present("account:toggle"), "it can still be disabled here");
    }
  }

  private static void signIn(Browser browser, String username, String password) {
    browser.type("login:username", username);
    browser.type("login:password", password);
    browser.click("login:submit");
  }
}
