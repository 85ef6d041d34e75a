package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
