package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.Set;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditSearch;
import org.casereviews.it.Accounts;
import org.casereviews.it.RunAs;
import org.casereviews.security.AuthenticationOutcome.Refusal;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, lockout and unlock, in the container against the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  private static final String ORIGIN = "192.0.2.10";

  @EJB private AccountService accounts;

  @EJB private UserService users;

  @EJB private AuditSearch audit;

  @EJB private RunAs.Admin admin;

  @Test
  void rightPasswordSignsInWithTheAccountsRoles() {
    UserAccount user = Accounts.create(admin, users, Roles.REVIEW_OFFICER);

    AuthenticationOutcome outcome =
        accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN);

    assertTrue(outcome.isAccepted());
    assertEquals(Set.of(Roles.REVIEW_OFFICER), outcome.roles());
    assertEquals(1, countEvents(user, AuditAction.LOGIN));
  }

  @Test
  void userNameIsMatchedWhateverItsCase() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);

    assertTrue(
        accounts
            .authenticate(user.getUsername().toUpperCase(), Accounts.PASSWORD, ORIGIN)
            .isAccepted());
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertEquals(
          Refusal.WRONG_PASSWORD,
          accounts.authenticate(user.getUsername(), "wrong " + attempt, ORIGIN).refusal());
    }

    AuthenticationOutcome rightButLocked =
        accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN);

    assertEquals(Refusal.LOCKED, rightButLocked.refusal());
    assertEquals(5, countEvents(user, AuditAction.LOGIN_FAILED));
    assertEquals(1, countEvents(user, AuditAction.ACCOUNT_LOCKED));
    assertTrue(
        accounts.currentRoles(user.getUsername()).isEmpty(), "a locked account has no roles");
  }

  @Test
  void administratorUnlocksALockedAccount() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);
    for (int attempt = 1; attempt <= 5; attempt++) {
      accounts.authenticate(user.getUsername(), "wrong " + attempt, ORIGIN);
    }

    admin.call(() -> users.unlock(user.getId()));

    assertTrue(accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN).isAccepted());
  }

  @Test
  void fourFailuresThenTheRightPasswordSignsInAndStartsTheCountAgain() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);
    for (int attempt = 1; attempt <= 4; attempt++) {
      accounts.authenticate(user.getUsername(), "wrong " + attempt, ORIGIN);
    }
    assertTrue(accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN).isAccepted());

    for (int attempt = 1; attempt <= 4; attempt++) {
      accounts.authenticate(user.getUsername(), "wrong again " + attempt, ORIGIN);
    }

    assertTrue(accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN).isAccepted());
  }

  @Test
  void disabledAccountIsRefusedAndLosesItsRolesAtOnce() {
    UserAccount user = Accounts.create(admin, users, Roles.CDOP_OFFICER);

    admin.call(() -> users.setEnabled(user.getId(), false));

    assertEquals(
        Refusal.DISABLED,
        accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN).refusal());
    assertTrue(accounts.currentRoles(user.getUsername()).isEmpty());
  }

  @Test
  void unknownUserIsRefusedAndTheAttemptIsAudited() {
    String nobody = Accounts.uniqueName("nobody");

    AuthenticationOutcome outcome = accounts.authenticate(nobody, "whatever it is", ORIGIN);

    assertFalse(outcome.isAccepted());
    assertEquals(Refusal.UNKNOWN_USER, outcome.refusal());
    long failures =
        admin.call(
            () ->
                audit.count(
                    new AuditCriteria(nobody, AuditAction.LOGIN_FAILED, null, null, null, null)));
    assertEquals(1, failures);
  }

  @Test
  void newPasswordWorksAndTheOldOneNoLonger() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);

    admin.call(() -> users.resetPassword(user.getId(), "A-brand-new-passphrase-7"));

    assertTrue(
        accounts.authenticate(user.getUsername(), "A-brand-new-passphrase-7", ORIGIN).isAccepted());
    assertFalse(accounts.authenticate(user.getUsername(), Accounts.PASSWORD, ORIGIN).isAccepted());
  }

  private long countEvents(UserAccount user, AuditAction action) {
    return admin.call(
        () ->
            audit.count(
                new AuditCriteria(user.getUsername(), action, "UserAccount", null, null, null)));
  }
}
