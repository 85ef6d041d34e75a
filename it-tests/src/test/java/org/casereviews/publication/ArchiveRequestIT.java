package org.casereviews.publication;

import static org.casereviews.publication.ArchiveRequestCalls.ADMIN;
import static org.casereviews.publication.ArchiveRequestCalls.approve;
import static org.casereviews.publication.ArchiveRequestCalls.archivedReview;
import static org.casereviews.publication.ArchiveRequestCalls.decline;
import static org.casereviews.publication.ArchiveRequestCalls.figuresOf;
import static org.casereviews.publication.ArchiveRequestCalls.form;
import static org.casereviews.publication.ArchiveRequestCalls.newAddress;
import static org.casereviews.publication.ArchiveRequestCalls.requestOf;
import static org.casereviews.publication.ArchiveRequestCalls.submit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereviews.it.Http;
import org.casereviews.it.mail.MailServer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request flow for archived reports end to end on the real EAR, mailing through a real SMTP
 * server: a member of the public asks, an officer approves and the e-mailed link downloads the
 * exact report (the download logged), or declines with the reason; expired links, the abuse limits
 * and the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveRequestIT {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/public/archived\\.xhtml\\?token=([A-Za-z0-9_-]+))");

  /** Three pieces of 512 KB and a bit: the download must put them back together exactly. */
  private static final int REPORT_BYTES = 1_200_000;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @RegisterExtension final MailServer mail = MailServer.forEachTest();

  @Test
  void anApprovedRequestMailsALinkThatDownloadsTheExactReportAndTheDownloadIsLogged() {
    String pseudonym = "Child Archive " + tag;
    JsonObject review = archivedReview(pseudonym, REPORT_BYTES);
    long reviewId = review.getJsonNumber("reviewId").longValue();
    String email = "researcher." + tag + "@example.org";

    HttpResponse<String> sent = submit(form(reviewId, email, "Research on neglect."), newAddress());

    assertEquals(202, sent.statusCode(), sent.body());
    assertEquals("received", Http.json(sent).asJsonObject().getString("status"));
    JsonObject request = requestOf(email);
    assertEquals("WAITING", request.getString("state"));

    HttpResponse<String> approved = approve(request, ADMIN);

    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", Http.json(approved).asJsonObject().getString("state"));
    List<MimeMessage> received = mail.to(email);
    assertEquals(1, received.size());
    assertEquals(
        "Your request for the archived report " + review.getString("reference"),
        MailServer.subject(received.get(0)));
    String text = MailServer.text(received.get(0));
    assertTrue(text.startsWith("Dear Jo Bloggs,"), text);
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), text);
    assertTrue(link.group(1).startsWith(Http.app()), link.group(1));

    HttpResponse<String> page = Http.get(link.group(1), null);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains(pseudonym), page.body());
    String download =
        Http.app() + "/public/archived/" + link.group(2) + "/" + review.getInt("reportId");
    assertTrue(page.body().contains(download.substring(Http.server().length())), page.body());

    HttpResponse<byte[]> file = Http.getBytes(download, null);

    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertArrayEquals(ArchivedReports.report(pseudonym, REPORT_BYTES), file.body());
    JsonObject logged = requestOf(email);
    assertEquals(1, logged.getJsonArray("downloads").size(), logged.toString());
    assertEquals(
        "report.pdf", logged.getJsonArray("downloads").getJsonObject(0).getString("fileName"));
    JsonObject figures = figuresOf(reviewId);
    assertEquals(1, figures.getJsonObject("counts").getInt("approved"));
    assertEquals(1, figures.getInt("downloads"));
  }

  @Test
  void aDeclinedRequestMailsTheReasonAndTheFiguresCountEachAnswer() {
    long reviewId =
        archivedReview("Child Decline " + tag, 2000).getJsonNumber("reviewId").longValue();
    String declined = "declined." + tag + "@example.org";
    String waiting = "waiting." + tag + "@example.org";
    assertEquals(202, submit(form(reviewId, declined, "Curious."), newAddress()).statusCode());
    assertEquals(202, submit(form(reviewId, waiting, "Training."), newAddress()).statusCode());

    HttpResponse<String> answer =
        decline(requestOf(declined), ADMIN, "The report names a living relative; ask the council.");

    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("DECLINED", Http.json(answer).asJsonObject().getString("state"));
    String text = MailServer.text(mail.to(declined).get(0));
    assertTrue(text.contains("The report names a living relative; ask the council."), text);
    assertFalse(LINK.matcher(text).find(), "no link in a refusal: " + text);
    JsonObject counts = figuresOf(reviewId).getJsonObject("counts");
    assertEquals(2, counts.getInt("requests"));
    assertEquals(1, counts.getInt("declined"));
    assertEquals(1, counts.getInt("waiting"));
    assertEquals(0, counts.getInt("approved"));
    HttpResponse<String> again = decline(requestOf(declined), ADMIN, "Twice.");
    assertEquals(400, again.statusCode(), "a request is answered once: " + again.body());
  }

  @Test
  void anExpiredLinkAnswers410WithTheDayItExpiredAndTheFormToAskAgain() {
    JsonObject review = archivedReview("Child Expired " + tag, 3000);
    String email = "late." + tag + "@example.org";
    submit(form(review.getJsonNumber("reviewId").longValue(), email, "Inquiry."), newAddress());
    assertEquals(200, approve(requestOf(email), ADMIN).statusCode());
    Matcher link = LINK.matcher(MailServer.text(mail.to(email).get(0)));
    assertTrue(link.find());
    ArchiveRequestCalls.expire(email);

    HttpResponse<String> page = Http.get(link.group(1), null);
    HttpResponse<byte[]> file =
        Http.getBytes(
            Http.app() + "/public/archived/" + link.group(2) + "/" + review.getInt("reportId"),
            null);
    HttpResponse<String> unknown =
        Http.get(Http.app() + "/public/archived.xhtml?token=not-a-token", null);

    assertEquals(410, page.statusCode(), page.body());
    assertTrue(page.body().contains("This download link expired on "), page.body());
    assertTrue(
        page.body().contains("request-archived.xhtml?review=" + review.getJsonNumber("reviewId")),
        "a way to ask again: " + page.body());
    assertEquals(410, file.statusCode());
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("This download link is not valid."), unknown.body());
  }

  @Test
  void whenTheMailServerRefusesTheAddressNothingChangesAndTheOfficerIsToldWhy() {
    long reviewId =
        archivedReview("Child Bounce " + tag, 2000).getJsonNumber("reviewId").longValue();
    String email = "gone." + tag + "@example.org";
    submit(form(reviewId, email, "Research."), newAddress());
    mail.refuse(email);

    HttpResponse<String> approved = approve(requestOf(email), ADMIN);

    assertEquals(400, approved.statusCode(), approved.body());
    String message = Http.json(approved).asJsonObject().getString("message");
    assertTrue(message.startsWith("The e-mail to " + email + " could not be sent (550"), message);
    assertTrue(message.contains("the request is unchanged"), message);
    assertEquals("WAITING", requestOf(email).getString("state"));
  }
}
