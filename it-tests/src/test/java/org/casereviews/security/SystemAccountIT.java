package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * System accounts for other council systems, with their own roles, and the rotation of their
 * passwords: the new one is shown once, and the previous one goes on working for a day so that the
 * calling system can change over without a failed call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemAccountIT {

  private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

  @Test
  void aRotatedPasswordWorksAtOnceAndThePreviousOneUntilTheNextRotation() {
    String name = Users.uniqueName("sys.education");
    JsonObject account = create(name, "SYSTEM", "viewer");
    assertEquals("SYSTEM", account.getString("kind"));
    assertEquals(200, Users.me(name, Users.PASSWORD).statusCode());

    HttpResponse<String> first = rotate(account.getInt("id"), ADMIN);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
    JsonObject rotated = Http.json(first).asJsonObject();
    String second = rotated.getString("password");
    Instant until = Instant.parse(rotated.getString("previousPasswordValidUntil"));
    assertTrue(
        Duration.between(Instant.now(), until).compareTo(Duration.ofHours(23)) > 0,
        "the previous password works for about a day: " + until);
    assertEquals(200, Users.me(name, second).statusCode(), "the new password");
    assertEquals(
        200, Users.me(name, Users.PASSWORD).statusCode(), "the previous password, for now");

    String third =
        Http.json(rotate(account.getInt("id"), ADMIN)).asJsonObject().getString("password");
    assertNotEquals(second, third);
    assertEquals(200, Users.me(name, third).statusCode());
    assertEquals(200, Users.me(name, second).statusCode(), "the one just replaced");
    assertEquals(401, Users.me(name, Users.PASSWORD).statusCode(), "two rotations back");
  }

  @Test
  void aSystemAccountHasItsOwnRoles() {
    String name = Users.uniqueName("sys.police");
    create(name, "SYSTEM", "review-officer");

    HttpResponse<String> me = Users.me(name, Users.PASSWORD);

    assertEquals(200, me.statusCode(), me.body());
    assertEquals(
        "[\"review-officer\"]", Http.json(me).asJsonObject().getJsonArray("roles").toString());
  }

  @Test
  void aPersonsPasswordIsNotRotated() {
    JsonObject person = create(Users.uniqueName("person.rotate"), "PERSON", "viewer");

    HttpResponse<String> refused = rotate(person.getInt("id"), ADMIN);

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("Only a system account's password is rotated"), refused.body());
  }

  @Test
  void onlyAnAdministratorRotates() {
    JsonObject account = create(Users.uniqueName("sys.rotate"), "SYSTEM", "viewer");
    String reviewer = Http.basic(Users.create(Roles.REVIEW_OFFICER, null), Users.PASSWORD);

    HttpResponse<String> refused = rotate(account.getInt("id"), reviewer);

    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals(
        200, Users.me(account.getString("username"), Users.PASSWORD).statusCode(), "unchanged");
  }

  @Test
  void aDirectoryAccountCannotBeCreatedHere() {
    HttpResponse<String> refused =
        Http.postJson(
            Http.app() + "/api/v1/users",
            ADMIN,
            newUser(Users.uniqueName("dir.made"), "DIRECTORY", "viewer"));

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("first signs in"), refused.body());
  }

  private static JsonObject create(String name, String kind, String role) {
    HttpResponse<String> created =
        Http.postJson(Http.app() + "/api/v1/users", ADMIN, newUser(name, kind, role));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).asJsonObject();
  }

  private static String newUser(String name, String kind, String role) {
    return "{\"username\":\""
        + name
        + "\",\"kind\":\""
        + kind
        + "\",\"fullName\":\"Education case system\",\"roles\":[\""
        + role
        + "\"],\"password\":\""
        + Users.PASSWORD
        + "\"}";
  }

  private static HttpResponse<String> rotate(int id, String authorization) {
    return Http.postJson(
        Http.app() + "/api/v1/users/" + id + "/password-rotation", authorization, "");
  }
}
