package org.casereviews.publication;

import static org.casereviews.it.PublicationFixtures.office;
import static org.casereviews.it.PublicationFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A review's documents over the API: files checked by their content, the size limit (2 MB in the
 * test server) whether the length is announced or not, versions kept, downloads of the exact bytes,
 * the hold on archiving for administrators only, and the roles that may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentApiIT {

  private static final String API = Http.app() + "/api/v1";
  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  private final String officer = Http.basic(Users.create("review-officer", null), Users.PASSWORD);
  private final String viewer = Http.basic(Users.create("viewer", null), Users.PASSWORD);

  @Test
  void anOfficerAddsAReportAndANewVersionAndEveryVersionDownloadsAsItWas() {
    String documents = documentsOf(review("Documents A"));
    byte[] first = pdf("first draft for publication");
    byte[] second = pdf("final report as published");

    HttpResponse<String> added =
        Http.postBytes(
            upload(documents, "FULL_REPORT", "Overview report", true, "a.pdf"), officer, first);
    assertEquals(201, added.statusCode(), added.body());
    String document = added.headers().firstValue("Location").orElseThrow();
    JsonObject created = Http.json(added).asJsonObject();
    assertEquals("PDF", created.getJsonObject("current").getString("fileType"));
    HttpResponse<String> again =
        Http.postBytes(document + "/versions?name=a-final.pdf", officer, second);
    assertEquals(201, again.statusCode(), again.body());

    JsonObject read = Http.json(Http.get(document, viewer)).asJsonObject();
    assertEquals(2, read.getJsonArray("versions").size());
    assertEquals("a-final.pdf", read.getJsonObject("current").getString("fileName"));
    HttpResponse<byte[]> current = Http.getBytes(document + "/content", viewer);
    assertEquals(200, current.statusCode());
    assertArrayEquals(second, current.body());
    assertEquals("application/pdf", current.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        current.headers().firstValue("Content-Disposition").orElseThrow().contains("a-final.pdf"));
    assertArrayEquals(first, Http.getBytes(document + "/content?version=1", viewer).body());
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() {
    String documents = documentsOf(review("Documents B"));
    byte[] word = office("word/document.xml", "briefing");
    byte[] slides = office("ppt/presentation.xml", "slides");

    HttpResponse<String> fakePdf =
        Http.postBytes(
            upload(documents, "FULL_REPORT", "Report", true, "report.pdf"), officer, word);
    HttpResponse<String> text =
        Http.postBytes(
            upload(documents, "OTHER", "Notes", false, "notes.txt"),
            officer,
            "plain".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> docx =
        Http.postBytes(
            upload(documents, "PRACTITIONER_BRIEFING", "Briefing", true, "briefing.docx"),
            officer,
            word);
    HttpResponse<String> pptx =
        Http.postBytes(
            upload(documents, "PRESENTATION", "Slides", true, "slides.pptx"), officer, slides);

    assertEquals(400, fakePdf.statusCode(), fakePdf.body());
    assertTrue(
        fakePdf.body().contains("report.pdf is called a PDF document but its content is a Word"),
        fakePdf.body());
    assertEquals(400, text.statusCode(), text.body());
    assertTrue(text.body().contains("upload a PDF, Word (.docx) or PowerPoint"), text.body());
    assertEquals(201, docx.statusCode(), docx.body());
    assertEquals(201, pptx.statusCode(), pptx.body());
    assertEquals(2, Http.json(Http.get(documents, officer)).asJsonArray().size());
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitWhetherItsLengthIsAnnouncedOrNot() {
    String documents = documentsOf(review("Documents C"));
    byte[] big = Arrays.copyOf(pdf("big"), 2 * 1024 * 1024 + 1);

    HttpResponse<String> announced =
        Http.postBytes(upload(documents, "FULL_REPORT", "Big", true, "big.pdf"), officer, big);
    HttpResponse<String> streamed =
        Http.postStream(upload(documents, "FULL_REPORT", "Big", true, "big.pdf"), officer, big);

    assertEquals(413, announced.statusCode(), announced.body());
    assertTrue(announced.body().contains("limit of 2 MB"), announced.body());
    assertEquals(413, streamed.statusCode(), streamed.body());
    assertTrue(streamed.body().contains("limit of 2 MB"), streamed.body());
    assertEquals(0, Http.json(Http.get(documents, officer)).asJsonArray().size());
  }

  @Test
  void readersMayReadButOnlyOfficersAddAndOnlyAdministratorsHoldBackFromArchiving() {
    int review = review("Documents D");
    String documents = documentsOf(review);
    String liaison = Http.basic(Users.create("agency-liaison", "POLICE"), Users.PASSWORD);
    String cdop = Http.basic(Users.create("cdop-officer", null), Users.PASSWORD);
    String publication = API + "/reviews/" + review + "/publication";
    String hold = Json.createObjectBuilder().add("reason", "Inquiry hold").build().toString();

    assertEquals(
        403,
        Http.postBytes(upload(documents, "OTHER", "X", false, "x.pdf"), viewer, pdf("x"))
            .statusCode());
    assertEquals(403, Http.get(documents, liaison).statusCode());
    assertEquals(403, Http.get(documents, cdop).statusCode());
    assertEquals(200, Http.get(documents, viewer).statusCode());
    assertEquals(403, Http.putJson(publication + "/hold", officer, hold).statusCode());

    HttpResponse<String> held = Http.putJson(publication + "/hold", ADMIN, hold);
    assertEquals(200, held.statusCode(), held.body());
    assertEquals(
        "Inquiry hold",
        Http.json(held).asJsonObject().getJsonObject("archiveHold").getString("reason"));
    assertEquals(400, Http.putJson(publication + "/hold", ADMIN, hold).statusCode());
    JsonObject summary =
        Json.createObjectBuilder().add("publicSummary", "<b>Child D</b>").add("version", 0).build();
    assertEquals(
        409, Http.putJson(publication + "/summary", officer, summary.toString()).statusCode());
  }

  private int review(String pseudonym) {
    HttpResponse<String> created =
        Http.postJson(
            API + "/reviews",
            officer,
            Json.createObjectBuilder()
                .add("type", "SILP")
                .add("pseudonym", pseudonym)
                .add("category", "SERIOUS_HARM")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject().getInt("id");
  }

  private static String documentsOf(int review) {
    return API + "/reviews/" + review + "/documents";
  }

  private static String upload(
      String documents, String kind, String title, boolean isPublic, String name) {
    return documents
        + "?kind="
        + kind
        + "&title="
        + URLEncoder.encode(title, StandardCharsets.UTF_8)
        + "&public="
        + isPublic
        + "&name="
        + name;
  }
}
