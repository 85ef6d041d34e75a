package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.TestFiles;

/**
 * The client side of {@link PublicPageFixtures}: makes a new set of reviews for one test, as the
 * first administrator, and reads what was made.
 */
public final class PublishedReviews {

  /**
   * What the server made for one test: {@code label} is in its names, {@code seed} made its report.
   */
  public record Made(String label, long seed, JsonObject ids) {

    public long id(String name) {
      return ids.getJsonNumber(name).longValue();
    }

    public String text(String name) {
      return ids.getString(name);
    }

    /** The exact bytes of the published review's full report. */
    public byte[] report() {
      return TestFiles.pdf(PublicPageFixtures.REPORT_SIZE, seed);
    }
  }

  private PublishedReviews() {}

  public static Made make() {
    String label = UUID.randomUUID().toString().substring(0, 8);
    long seed = UUID.randomUUID().getMostSignificantBits() | 1;
    HttpResponse<String> made =
        Http.postJson(
            Http.app() + "/api/v1/it/publication-fixtures",
            Http.basic("admin", Http.ADMIN_PASSWORD),
            Json.createObjectBuilder().add("label", label).add("seed", seed).build().toString());
    assertEquals(200, made.statusCode(), made.body());
    return new Made(label, seed, Http.json(made).asJsonObject());
  }
}
