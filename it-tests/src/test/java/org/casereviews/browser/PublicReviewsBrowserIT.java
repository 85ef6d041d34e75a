package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.publication.PublishedReviews;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public page in Chromium with nobody signed in: a published review with its documents, an
 * archived one with the way to request its report (and its briefing still there), never a review
 * not yet published; the year filter; and a link a review officer adds on the links screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicReviewsBrowserIT {

  private static final String PAGE = Http.app() + "/public/reviews.xhtml";

  @Test
  void thePublicSeesPublishedAndArchivedReviewsAndFiltersThemByYear() throws Exception {
    PublishedReviews.Made made = PublishedReviews.make();
    try (Browser browser = new Browser()) {
      browser.open(PAGE + "?theme=" + made.id("themeId"));
      browser.waitForText("Child P " + made.label());

      String published = browser.visible("review-" + made.id("published")).getText();
      assertTrue(published.contains(made.text("publishedReference")), published);
      assertTrue(published.contains("Significant Incident Learning Process"), published);
      assertTrue(published.contains("Publication test " + made.label()), published);
      assertTrue(published.contains("The review found <b>gaps</b>"), published);
      assertTrue(
          browser
              .attribute("document-" + made.id("publicReport"), "href")
              .endsWith("/casereviews/public/documents/" + made.id("publicReport")));
      assertTrue(
          published.contains("Full report: Overview report (PDF document, 1.1 MB)"), published);
      assertTrue(browser.present("document-" + made.id("briefing")));
      assertFalse(browser.present("document-" + made.id("internalReport")), "internal");
      assertFalse(published.contains("Chronology"), published);

      String archived = browser.visible("review-" + made.id("archived")).getText();
      assertTrue(archived.contains("Archived on 12 March 2000"), archived);
      assertTrue(archived.contains("12 March 1996"), archived);
      assertTrue(
          browser
              .attribute("request-" + made.id("archived"), "href")
              .endsWith("/public/request-archived.xhtml?review=" + made.id("archived")));
      assertFalse(browser.present("document-" + made.id("archivedReport")), "archived report");
      assertTrue(browser.present("document-" + made.id("archivedBriefing")), "briefing stays");
      assertFalse(browser.text().contains("Child R " + made.label()), "not yet published");

      browser.select("year", "1996");
      browser.click("apply");
      browser.waitForText("1 review matches.");
      assertTrue(browser.currentUrl().contains("year=1996"), browser.currentUrl());
      assertTrue(browser.present("review-" + made.id("archived")));
      assertFalse(browser.present("review-" + made.id("published")));
    }
  }

  @Test
  void aLinkAddedOnTheLinksScreenAppearsOnThePublicPage() throws Exception {
    String officer = Users.create("review-officer", null);
    String title = "Second national panel report " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/publication/links.xhtml");
      browser.type("login:username", officer);
      browser.type("login:password", Users.PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Add a link");

      browser.choose("form:section", "National reviews");
      browser.type("form:title", title);
      browser.type("form:url", "not an address");
      browser.type("form:note", "Recommendations on the quality of reviews.");
      browser.type("form:source", "Department for Education");
      browser.click("form:save");
      browser.waitForText("Give a web address starting with https://");
      assertEquals(title, browser.value("form:title"));

      browser.type(
          "form:url", "https://www.gov.uk/government/publications/scr-panel-second-report");
      browser.click("form:save");
      browser.waitForText("Added '" + title + "'.");

      browser.open(PAGE);
      browser.waitForText(title);
      String section = browser.visible("links-national-review").getText();
      assertTrue(section.contains(title), section);
      assertTrue(section.contains("Recommendations on the quality of reviews."), section);
      assertTrue(section.contains("Source: Department for Education"), section);
    }
  }
}
