package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Creates users with a role through the API, as the first administrator, for client-side tests. */
public final class Users {

  /** Every test user's password. */
  public static final String PASSWORD = "Long-enough-passphrase-42";

  private Users() {}

  /** A new user name nobody has used, such as {@code viewer.3f2a9c}. */
  public static String uniqueName(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {@code GET /api/v1/me} signed in with these credentials. */
  public static HttpResponse<String> me(String username, String password) {
    return Http.get(Http.app() + "/api/v1/me", Http.basic(username, password));
  }

  /** The user of this name as an administrator sees it over the API. */
  public static JsonObject find(String username) {
    HttpResponse<String> users =
        Http.get(Http.app() + "/api/v1/users", Http.basic("admin", Http.ADMIN_PASSWORD));
    assertEquals(200, users.statusCode(), users.body());
    return Http.json(users).asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(user -> user.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError(username + " is not among the users"));
  }

  /** Creates a user with the role (and agency code, or null) and returns the user name. */
  public static String create(String role, String agency) {
    String username = uniqueName(role.replace("-", ""));
    String agencyJson = agency == null ? "null" : "\"" + agency + "\"";
    HttpResponse<String> response =
        Http.postJson(
            Http.app() + "/api/v1/users",
            Http.basic("admin", Http.ADMIN_PASSWORD),
            "{\"username\":\""
                + username
                + "\",\"fullName\":\"Test "
                + role
                + "\",\"roles\":[\""
                + role
                + "\"],\"agency\":"
                + agencyJson
                + ",\"password\":\""
                + PASSWORD
                + "\"}");
    assertEquals(201, response.statusCode(), response.body());
    return username;
  }
}
