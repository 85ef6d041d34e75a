package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.casereviews.it.Http;
import org.casereviews.it.Metrics;
import org.casereviews.it.ServerLog;
import org.casereviews.it.TestDirectory;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in through the council's directory, on the real server against a real LDAP server laid out
 * as Active Directory ({@link TestDirectory}): the test domain maps the groups "SCP Business Unit",
 * "SCP Reviewers", "SCP Board" and "SCP Police Liaison" (with the agency POLICE) to roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectorySignInIT {

  private static final String PASSWORD = "Council-Directory-Pass-1";

  @Test
  void aPersonOfAMappedGroupSignsInWithTheirDirectoryPasswordAndGetsItsRole() {
    String account = Users.uniqueName("dir.reviewer");
    TestDirectory.person(account, "Rita " + account, PASSWORD, "SCP Reviewers", "All Staff");

    HttpResponse<String> me = Users.me(account, PASSWORD);

    assertEquals(200, me.statusCode(), me.body());
    assertEquals(List.of("review-officer"), roles(me));
    JsonObject user = Users.find(account);
    assertEquals("DIRECTORY", user.getString("kind"));
    assertEquals("Rita " + account, user.getString("fullName"));
    assertEquals(account + "@council.example", user.getString("email"));
  }

  @Test
  void aLiaisonOfficerBelongsToTheAgencyOfTheirGroup() {
    String account = Users.uniqueName("dir.police");
    TestDirectory.person(account, "Pat " + account, PASSWORD, "SCP Police Liaison");

    HttpResponse<String> me = Users.me(account, PASSWORD);

    assertEquals(200, me.statusCode(), me.body());
    assertEquals(List.of("agency-liaison"), roles(me));
    assertEquals("POLICE", Users.find(account).getString("agency"));
  }

  @Test
  void somebodyInNoMappedGroupIsRefused() {
    String account = Users.uniqueName("dir.finance");
    TestDirectory.person(account, "Fin " + account, PASSWORD, "Finance", "All Staff");
    double before = Metrics.loginsFailed("NOT_MAPPED");

    HttpResponse<String> me = Users.me(account, PASSWORD);

    assertEquals(401, me.statusCode(), me.body());
    assertEquals(before + 1, Metrics.loginsFailed("NOT_MAPPED"));
  }

  @Test
  void aDisabledDirectoryAccountIsRefusedEvenWithItsPassword() {
    String account = Users.uniqueName("dir.left");
    String dn = TestDirectory.person(account, "Lee " + account, PASSWORD, "SCP Reviewers");
    assertEquals(200, Users.me(account, PASSWORD).statusCode(), "signs in while enabled");
    TestDirectory.disable(dn);
    double before = Metrics.loginsFailed("DISABLED");

    HttpResponse<String> me = Users.me(account, PASSWORD);

    assertEquals(401, me.statusCode(), me.body());
    assertEquals(before + 1, Metrics.loginsFailed("DISABLED"));
  }

  @Test
  void aWrongOrEmptyPasswordIsRefused() {
    String account = Users.uniqueName("dir.typo");
    TestDirectory.person(account, "Tim " + account, PASSWORD, "SCP Reviewers");
    double before = Metrics.loginsFailed("WRONG_PASSWORD");

    assertEquals(401, Users.me(account, "Council-Directory-Pass-2").statusCode());
    // an empty password would be an anonymous bind, which a directory may accept
    assertEquals(401, Users.me(account, "").statusCode());
    assertEquals(before + 2, Metrics.loginsFailed("WRONG_PASSWORD"));
  }

  @Test
  void aGroupChangedInTheDirectoryChangesTheRolesAtTheNextSignIn() {
    String account = Users.uniqueName("dir.mover");
    String dn = TestDirectory.person(account, "Mo " + account, PASSWORD, "SCP Board");
    assertEquals(List.of("viewer"), roles(Users.me(account, PASSWORD)));

    TestDirectory.leaveGroup(dn, "SCP Board");
    TestDirectory.joinGroup(dn, "SCP Business Unit");
    assertEquals(List.of("partnership-admin"), roles(Users.me(account, PASSWORD)));

    TestDirectory.leaveGroup(dn, "SCP Business Unit");
    assertEquals(401, Users.me(account, PASSWORD).statusCode(), "in no mapped group any more");
  }

  @Test
  void anAccountOfCaseReviewsComesBeforeThePersonOfTheSameNameInTheDirectory() {
    String local = Users.create(Roles.VIEWER, null);
    TestDirectory.person(local, "Dee " + local, PASSWORD, "SCP Business Unit");

    assertEquals(List.of("viewer"), roles(Users.me(local, Users.PASSWORD)));
    assertEquals(
        401, Users.me(local, PASSWORD).statusCode(), "the directory's password is not asked");
  }

  @Test
  void aNameThatIsAFilterMatchesNobody() {
    TestDirectory.person(Users.uniqueName("dir.star"), "Star Person", PASSWORD, "SCP Reviewers");

    assertEquals(401, Users.me("*", PASSWORD).statusCode());
    assertEquals(401, Users.me("dir.star*", PASSWORD).statusCode());
  }

  @Test
  void whileTheDirectoryIsDownItsPeopleAreRefusedAndCaseReviewsAccountsStillSignIn() {
    String account = Users.uniqueName("dir.outage");
    TestDirectory.person(account, "Oz " + account, PASSWORD, "SCP Reviewers");
    String local = Users.create(Roles.REVIEW_OFFICER, null);
    double before = Metrics.loginsFailed("DIRECTORY_UNAVAILABLE");
    long logBefore = ServerLog.end();

    TestDirectory.stop();
    try {
      assertEquals(401, Users.me(account, PASSWORD).statusCode());
      HttpResponse<String> localMe = Users.me(local, Users.PASSWORD);
      assertEquals(200, localMe.statusCode(), localMe.body());
    } finally {
      TestDirectory.resume();
    }

    assertEquals(before + 1, Metrics.loginsFailed("DIRECTORY_UNAVAILABLE"));
    String named = "The council directory " + TestDirectory.url() + " cannot be reached";
    assertTrue(ServerLog.since(logBefore, named).contains(named), "the server log names it");
    assertEquals(200, Users.me(account, PASSWORD).statusCode(), "signs in once it is back");
  }

  private static List<String> roles(HttpResponse<String> me) {
    assertEquals(200, me.statusCode(), me.body());
    return Http.json(me)
        .asJsonObject()
        .getJsonArray("roles")
        .getValuesAs(JsonValue::toString)
        .stream()
        .map(role -> role.replace("\"", ""))
        .toList();
  }
}
