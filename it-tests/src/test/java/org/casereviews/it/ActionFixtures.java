package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/** Reviews with a recommendation, and agency actions on it, made over the API for client tests. */
public final class ActionFixtures {

  private static final String API = Http.app() + "/api/v1";

  private ActionFixtures() {}

  /** A review opened by the officer, with recommendation 1 tagged with the theme (or none). */
  public static JsonObject reviewWithRecommendation(
      String officer, String type, String pseudonym, String recommendation, String theme) {
    HttpResponse<String> review =
        Http.postJson(
            API + "/reviews",
            officer,
            Json.createObjectBuilder()
                .add("type", type)
                .add("pseudonym", pseudonym)
                .add("category", "SERIOUS_HARM")
                .build()
                .toString());
    assertEquals(201, review.statusCode(), review.body());
    JsonObject created = Http.json(review).asJsonObject();
    var text = Json.createObjectBuilder().add("text", recommendation);
    if (theme != null) {
      text.add("themes", Json.createArrayBuilder().add(theme));
    }
    HttpResponse<String> added =
        Http.postJson(
            API + "/reviews/" + created.getInt("id") + "/recommendations",
            officer,
            text.build().toString());
    assertEquals(201, added.statusCode(), added.body());
    return created;
  }

  /** An action of the agency on the review's recommendation 1. */
  public static JsonObject action(
      String officer, int reviewId, String agency, String description, LocalDate dueOn) {
    HttpResponse<String> created =
        Http.postJson(
            API + "/reviews/" + reviewId + "/recommendations/1/actions",
            officer,
            Json.createObjectBuilder()
                .add("agency", agency)
                .add("owner", "Det. Insp. Jane Hale")
                .add("description", description)
                .add("dueOn", dueOn.toString())
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }
}
