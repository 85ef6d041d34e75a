package org.casereviews.it;

import java.util.Set;
import java.util.UUID;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserDetails;
import org.casereviews.security.UserService;

/** Creates user accounts for in-container tests, through the real user service. */
public final class Accounts {

  public static final String PASSWORD = "Long-enough-passphrase-42";

  private Accounts() {}

  public static String uniqueName(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new account with one role and no agency, created as an administrator. */
  public static UserAccount create(RunAs.Admin admin, UserService users, String role) {
    return admin.call(
        () ->
            users.create(
                uniqueName("it"),
                new UserDetails("Test person", "test@example.org", Set.of(role), null),
                PASSWORD));
  }
}
