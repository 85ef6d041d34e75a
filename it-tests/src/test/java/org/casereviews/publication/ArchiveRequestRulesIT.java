package org.casereviews.publication;

import static org.casereviews.publication.ArchiveRequestCalls.ADMIN;
import static org.casereviews.publication.ArchiveRequestCalls.approve;
import static org.casereviews.publication.ArchiveRequestCalls.archivedReview;
import static org.casereviews.publication.ArchiveRequestCalls.figures;
import static org.casereviews.publication.ArchiveRequestCalls.form;
import static org.casereviews.publication.ArchiveRequestCalls.newAddress;
import static org.casereviews.publication.ArchiveRequestCalls.requestOf;
import static org.casereviews.publication.ArchiveRequestCalls.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the public request form refuses and how: bad input with a message, script stored and shown
 * escaped, a robot's filled-in trap field, the hourly limit, reviews that are not archived; and who
 * may answer requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveRequestRulesIT {

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aBadEmailIsRefusedWithAMessageTheRequesterUnderstands() {
    long reviewId = review("Child Email");

    HttpResponse<String> refused =
        submit(form(reviewId, "jo.bloggs-at-example", "Research."), newAddress());

    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject body = Http.json(refused).asJsonObject();
    assertEquals(400, body.getInt("status"));
    assertEquals(
        "email: Give a whole e-mail address, such as jo.bloggs@example.org.",
        body.getJsonArray("details").getString(0));
  }

  @Test
  void scriptInTheTextIsStoredAsTypedAndShownEscapedToTheOfficer() {
    long reviewId = review("Child Script");
    String email = "script." + tag + "@example.org";
    String script = "<script>alert('" + tag + "')</script> & more";

    assertEquals(202, submit(form(reviewId, email, script), newAddress()).statusCode());

    assertEquals(script, requestOf(email).getString("reason"));
    HttpResponse<String> queue = Http.get(Http.app() + "/admin/publication/requests.xhtml", ADMIN);
    assertEquals(200, queue.statusCode());
    assertFalse(queue.body().contains("<script>alert('" + tag), "never as markup");
    assertTrue(queue.body().contains("&lt;script&gt;alert("), queue.body());
    assertTrue(
        queue.body().contains(tag + "&#39;)&lt;/script&gt; &amp; more")
            || queue.body().contains(tag + "')&lt;/script&gt; &amp; more"),
        queue.body());
  }

  @Test
  void aFilledInTrapFieldIsThankedLikeARequestAndNothingIsStored() {
    long reviewId = review("Child Trap");
    String email = "robot." + tag + "@example.org";
    long trappedBefore = figures().getJsonNumber("trapped").longValue();

    HttpResponse<String> answer =
        submit(
            form(reviewId, email, "Buy now").add("website", "http://spam.example"), newAddress());

    assertEquals(202, answer.statusCode(), answer.body());
    assertEquals("received", Http.json(answer).asJsonObject().getString("status"));
    HttpResponse<String> all = Http.get(Http.app() + "/api/v1/archive-requests?state=all", ADMIN);
    assertFalse(all.body().contains(email), "nothing stored");
    assertEquals(trappedBefore + 1, figures().getJsonNumber("trapped").longValue());
  }

  @Test
  void afterFiveRequestsInAnHourFromOneAddressTheNextIsRefusedWith429() {
    long reviewId = review("Child Limit");
    String address = newAddress();
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> accepted =
          submit(form(reviewId, "limit" + i + "." + tag + "@example.org", "Study."), address);
      assertEquals(202, accepted.statusCode(), "request " + i + ": " + accepted.body());
    }

    HttpResponse<String> sixth =
        submit(form(reviewId, "limit6." + tag + "@example.org", "Study."), address);
    HttpResponse<String> elsewhere =
        submit(form(reviewId, "limit7." + tag + "@example.org", "Study."), newAddress());

    assertEquals(429, sixth.statusCode(), sixth.body());
    assertTrue(
        Http.json(sixth)
            .asJsonObject()
            .getString("message")
            .contains("Please try again in an hour"),
        sixth.body());
    assertEquals("3600", sixth.headers().firstValue("Retry-After").orElse(""));
    assertEquals(
        202, elsewhere.statusCode(), "another address is not limited: " + elsewhere.body());
  }

  @Test
  void afterFiveRequestsInAnHourForOneEmailAddressTheNextIsRefusedWith429() {
    long reviewId = review("Child Same Email");
    String email = "Same." + tag + "@Example.org";
    for (int i = 1; i <= 5; i++) {
      assertEquals(202, submit(form(reviewId, email, "Again " + i), newAddress()).statusCode());
    }

    HttpResponse<String> sixth =
        submit(form(reviewId, email.toLowerCase(), "Again 6"), newAddress());

    assertEquals(429, sixth.statusCode(), sixth.body());
  }

  @Test
  void aReviewThatIsNotArchivedIsRefused() {
    long published =
        ArchiveRequestCalls.publishedReview("Child Published " + tag)
            .getJsonNumber("reviewId")
            .longValue();

    HttpResponse<String> refused =
        submit(form(published, "early." + tag + "@example.org", "Research."), newAddress());
    HttpResponse<String> nowhere =
        submit(form(987654321L, "none." + tag + "@example.org", "Research."), newAddress());

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        Http.json(refused).asJsonObject().getString("message").startsWith("Only the reports of"),
        refused.body());
    assertEquals(400, nowhere.statusCode(), nowhere.body());
    HttpResponse<String> form =
        Http.get(Http.app() + "/public/request-archived.xhtml?review=" + published, null);
    assertTrue(form.body().contains("There is no archived review to ask for here."), form.body());
  }

  @Test
  void viewersAndLiaisonOfficersCannotAnswerRequests() {
    long reviewId = review("Child Roles");
    String email = "roles." + tag + "@example.org";
    submit(form(reviewId, email, "Research."), newAddress());
    JsonObject request = requestOf(email);
    String viewer = Http.basic(Users.create(Roles.VIEWER, null), Users.PASSWORD);
    String liaison = Http.basic(Users.create(Roles.AGENCY_LIAISON, "POLICE"), Users.PASSWORD);

    assertEquals(403, approve(request, viewer).statusCode());
    assertEquals(403, approve(request, liaison).statusCode());
    assertEquals(
        403, Http.get(Http.app() + "/api/v1/archive-requests?state=all", liaison).statusCode());
    assertEquals(
        404, Http.get(Http.app() + "/admin/publication/requests.xhtml", viewer).statusCode());
    assertEquals("WAITING", requestOf(email).getString("state"));
    assertEquals(
        200,
        Http.get(Http.app() + "/api/v1/archive-requests/statistics", viewer).statusCode(),
        "viewers read the figures");
    assertEquals(200, Http.get(Http.app() + "/api/v1/archive-requests", ADMIN).statusCode());
  }

  private long review(String pseudonym) {
    return archivedReview(pseudonym + " " + tag, 2000).getJsonNumber("reviewId").longValue();
  }
}
