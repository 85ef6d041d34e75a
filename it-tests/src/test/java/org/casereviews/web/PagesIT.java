package org.casereviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The screens over HTTP: who gets in where, error pages, health and OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  @Test
  void anonymousVisitorOfTheDashboardIsSentToSignIn() {
    HttpResponse<String> response = Http.get(Http.app() + "/admin/", null);

    assertEquals(302, response.statusCode());
    assertTrue(
        response.headers().firstValue("Location").orElse("").endsWith("/casereviews/login.xhtml"));
  }

  @Test
  void signInAndPublicPagesNeedNoSignIn() {
    HttpResponse<String> login = Http.get(Http.app() + "/login.xhtml", null);
    HttpResponse<String> publicPage = Http.get(Http.app() + "/public/", null);

    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("Sign in to casereviews"));
    assertEquals(200, publicPage.statusCode());
    assertTrue(publicPage.body().contains("public-intro"));
  }

  @Test
  void userWithoutTheRoleSeesTheNotFoundPage() {
    String viewer = Users.create("viewer", null);

    HttpResponse<String> users =
        Http.get(Http.app() + "/admin/users/", Http.basic(viewer, Users.PASSWORD));
    HttpResponse<String> audit =
        Http.get(Http.app() + "/admin/audit/", Http.basic(viewer, Users.PASSWORD));
    HttpResponse<String> dashboard =
        Http.get(Http.app() + "/admin/", Http.basic(viewer, Users.PASSWORD));

    assertEquals(404, users.statusCode());
    assertTrue(users.body().contains("Page not found"));
    assertEquals(404, audit.statusCode());
    assertEquals(200, dashboard.statusCode());
    assertFalse(dashboard.body().contains("menu-users"), "no Administration menu for a viewer");
  }

  @Test
  void reviewAndNotificationScreensAnswerOnlyTheRolesThatMayUseThem() {
    String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);
    String liaison = Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD);
    String cdop = Http.basic(Users.create("cdop-officer", null), Users.PASSWORD);
    String officer = Http.basic(Users.create("review-officer", null), Users.PASSWORD);

    assertEquals(200, Http.get(Http.app() + "/admin/reviews/", viewer).statusCode());
    assertEquals(404, Http.get(Http.app() + "/admin/reviews/edit.xhtml", viewer).statusCode());
    assertEquals(404, Http.get(Http.app() + "/admin/notifications/", viewer).statusCode());
    assertEquals(
        200, Http.get(Http.app() + "/admin/notifications/new.xhtml", liaison).statusCode());
    assertEquals(404, Http.get(Http.app() + "/admin/reviews/", liaison).statusCode());
    assertEquals(404, Http.get(Http.app() + "/admin/reviews/", cdop).statusCode());
    assertEquals(404, Http.get(Http.app() + "/admin/notifications/", cdop).statusCode());
    assertEquals(200, Http.get(Http.app() + "/admin/reviews/edit.xhtml", officer).statusCode());
    assertEquals(200, Http.get(Http.app() + "/admin/notifications/", officer).statusCode());
  }

  @Test
  void childDeathScreensAreRefusedToEveryOtherRoleAndEachRefusalIsAudited() {
    for (String role : List.of("viewer", "review-officer", "agency-liaison")) {
      String user = Users.create(role, "agency-liaison".equals(role) ? "POLICE" : null);

      HttpResponse<String> page =
          Http.get(Http.app() + "/admin/cdop/index.xhtml", Http.basic(user, Users.PASSWORD));

      assertEquals(404, page.statusCode(), role);
      assertTrue(page.body().contains("Page not found"), role);
      HttpResponse<String> audit =
          Http.get(
              Http.app() + "/api/v1/audit-events?username=" + user + "&action=ACCESS_DENIED",
              Http.basic("admin", Http.ADMIN_PASSWORD));
      JsonArray events = Http.json(audit).asJsonArray();
      assertEquals(1, events.size(), role + ": " + audit.body());
      assertEquals("GET /admin/cdop/index.xhtml", events.getJsonObject(0).getString("detail"));
    }
  }

  @Test
  void administratorSeesTheUserList() {
    HttpResponse<String> response = Http.get(Http.app() + "/admin/users/", ADMIN);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains(">admin</a>"), "the list shows the first administrator");
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
  }

  @Test
  void administratorSearchesTheAuditTrailScreen() {
    HttpResponse<String> response = Http.get(Http.app() + "/admin/audit/", ADMIN);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Audit trail"));
    assertTrue(response.body().contains("Signed in"), "the trail lists sign-ins by their label");
  }

  @Test
  void missingPageShowsNoStackTrace() {
    HttpResponse<String> response = Http.get(Http.app() + "/admin/no-such-page.xhtml", ADMIN);

    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("Page not found"));
    assertFalse(response.body().contains("Caused by"), response.body());
    assertFalse(response.body().matches("(?s).*\\.java:\\d+\\).*"), "no stack trace line");
  }

  @Test
  void healthReportsTheDatabase() {
    HttpResponse<String> response = Http.get(Http.server() + "/health", null);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("casereviews-database"), response.body());
    assertTrue(response.body().contains("\"UP\""), response.body());
  }

  @Test
  void openApiDescribesTheApi() {
    HttpResponse<String> response = Http.get(Http.server() + "/openapi", null);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("casereviews API"), response.body());
    assertTrue(response.body().contains("/api/v1/agencies"), response.body());
  }
}
