package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.casereviews.it.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public side over HTTP, with no sign-in: the published reviews for the council's web site
 * (only published and archived ones, newest first, by year and theme, a page at a time) and the
 * public downloads: the exact bytes of a published report; 404 for an internal document or one of a
 * review not yet published; 410 with the way to request it for an archived report; each audited.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicReviewsApiIT {

  private static final String API = Http.app() + "/api/v1/public";

  @Test
  void theApiListsOnlyPublishedAndArchivedReviewsNewestFirstWithoutSignIn() {
    PublishedReviews.Made made = PublishedReviews.make();

    HttpResponse<String> all = Http.get(API + "/reviews?theme=" + made.text("themeCode"), null);

    assertEquals(200, all.statusCode(), all.body());
    assertEquals("2", all.headers().firstValue("X-Total-Count").orElseThrow());
    JsonArray reviews = Http.json(all).asJsonArray();
    assertEquals(List.of(made.id("published"), made.id("archived")), ids(reviews));
    JsonObject published = reviews.getJsonObject(0);
    assertEquals(made.text("publishedReference"), published.getString("reference"));
    assertEquals("Child P " + made.label(), published.getString("pseudonym"));
    assertEquals(made.text("publishedOn"), published.getString("publishedOn"));
    assertFalse(published.getBoolean("archived"));
    assertTrue(published.getString("summary").contains("<b>gaps</b>"));
    JsonArray documents = published.getJsonArray("documents");
    assertEquals(List.of(made.id("publicReport"), made.id("briefing")), ids(documents));
    assertEquals(
        Http.app() + "/public/documents/" + made.id("publicReport"),
        documents.getJsonObject(0).getString("url"));
    assertEquals("Full report", documents.getJsonObject(0).getString("kind"));
    assertEquals(
        PublicPageFixtures.REPORT_SIZE,
        documents.getJsonObject(0).getJsonNumber("sizeBytes").longValue());
  }

  @Test
  void anArchivedReviewIsListedWithTheFormToRequestItsReport() {
    PublishedReviews.Made made = PublishedReviews.make();

    JsonObject archived =
        only(Http.get(API + "/reviews?year=1996&theme=" + made.text("themeCode"), null));

    assertEquals(made.id("archived"), archived.getJsonNumber("id").longValue());
    assertTrue(archived.getBoolean("archived"));
    assertEquals(made.text("archivedOn"), archived.getString("archivedOn"));
    assertEquals(
        Http.app() + "/public/request-archived.xhtml?review=" + made.id("archived"),
        archived.getString("requestUrl"));
    JsonObject report = archived.getJsonArray("documents").getJsonObject(0);
    assertEquals(made.id("archivedReport"), report.getJsonNumber("id").longValue());
    assertFalse(report.getBoolean("available"));
    assertTrue(report.get("url") == null || report.get("url") == JsonValue.NULL, "no address");
    JsonObject briefing = archived.getJsonArray("documents").getJsonObject(1);
    assertTrue(briefing.getBoolean("available"), "briefings stay public");
    assertEquals(
        Http.app() + "/public/documents/" + made.id("archivedBriefing"), briefing.getString("url"));
  }

  @Test
  void theListIsPagedWithTheApiHeaders() {
    PublishedReviews.Made made = PublishedReviews.make();
    String url = API + "/reviews?theme=" + made.text("themeCode") + "&size=1";

    HttpResponse<String> first = Http.get(url, null);
    HttpResponse<String> second = Http.get(url + "&page=1", null);

    assertEquals("2", first.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(List.of(made.id("published")), ids(Http.json(first).asJsonArray()));
    String next = first.headers().firstValue("Link").orElseThrow();
    assertTrue(next.contains("page=1") && next.contains("rel=\"next\""), next);
    assertEquals(List.of(made.id("archived")), ids(Http.json(second).asJsonArray()));
    String previous = second.headers().firstValue("Link").orElseThrow();
    assertTrue(previous.contains("page=0") && previous.contains("rel=\"prev\""), previous);
    assertEquals(404, Http.get(API + "/reviews/" + made.id("unpublished"), null).statusCode());
    assertEquals(
        401, Http.get(Http.app() + "/api/v1/reviews", null).statusCode(), "the rest stays closed");
  }

  @Test
  void aPublishedReportDownloadsByteForByte() {
    PublishedReviews.Made made = PublishedReviews.make();

    HttpResponse<byte[]> download =
        Http.getBytes(Http.app() + "/public/documents/" + made.id("publicReport"));

    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        Integer.toString(PublicPageFixtures.REPORT_SIZE),
        download.headers().firstValue("Content-Length").orElseThrow());
    assertTrue(
        download.headers().firstValue("Content-Disposition").orElseThrow().contains("\"p.pdf\""));
    assertArrayEquals(made.report(), download.body());
    assertTrue(audited(made.id("publicReport"), "READ", "public download: p.pdf"));
  }

  @Test
  void refusedDownloadsAnswer404Or410AndAreAudited() {
    PublishedReviews.Made made = PublishedReviews.make();
    String documents = Http.app() + "/public/documents/";

    HttpResponse<String> internal = Http.get(documents + made.id("internalReport"), null);
    HttpResponse<String> archived = Http.get(documents + made.id("archivedReport"), null);
    HttpResponse<String> draft = Http.get(documents + made.id("unpublishedReport"), null);

    assertEquals(404, internal.statusCode());
    assertTrue(internal.body().contains("There is no published document at this address"));
    assertEquals(404, draft.statusCode());
    assertEquals(410, archived.statusCode());
    assertTrue(archived.body().contains("archived on 12 March 2000"), archived.body());
    assertTrue(
        archived
            .body()
            .contains("/casereviews/public/request-archived.xhtml?review=" + made.id("archived")),
        archived.body());
    assertEquals(404, Http.get(documents + "not-a-number", null).statusCode());
    assertTrue(audited(made.id("internalReport"), "ACCESS_DENIED", "no such published document"));
    assertTrue(audited(made.id("unpublishedReport"), "ACCESS_DENIED", "no such published"));
    assertTrue(audited(made.id("archivedReport"), "ACCESS_DENIED", "archived on 2000-03-12"));
  }

  @Test
  void theLinksAreOpenToo() {
    PublishedReviews.Made made = PublishedReviews.make();

    HttpResponse<String> links = Http.get(API + "/links", null);

    assertEquals(200, links.statusCode(), links.body());
    JsonObject link =
        Http.json(links).asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getJsonNumber("id").longValue() == made.id("link"))
            .findFirst()
            .orElseThrow();
    assertEquals("THEMATIC_COLLECTION", link.getString("section"));
    assertEquals("Child sexual exploitation " + made.label(), link.getString("collection"));
    assertEquals("https://example.org/operation-brooke-" + made.label(), link.getString("url"));
    assertEquals("2016-03-01", link.getString("dated"));
  }

  private static JsonObject only(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    JsonArray items = Http.json(response).asJsonArray();
    assertEquals(1, items.size(), response.body());
    return items.getJsonObject(0);
  }

  private static List<Long> ids(JsonArray items) {
    return items.getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }

  /** Whether the audit trail holds an anonymous event of that action on the document. */
  private static boolean audited(long documentId, String action, String detail) {
    HttpResponse<String> events =
        Http.get(
            Http.app()
                + "/api/v1/audit-events?recordType=ReviewDocument&recordId="
                + documentId
                + "&action="
                + action,
            Http.basic("admin", Http.ADMIN_PASSWORD));
    assertEquals(200, events.statusCode(), events.body());
    return Http.json(events).asJsonArray().getValuesAs(JsonObject.class).stream()
        .anyMatch(
            e ->
                "anonymous".equals(e.getString("username"))
                    && e.getString("detail").contains(detail));
  }
}
