package org.casereviews.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.operations.OperationsMetrics;
import org.casereviews.security.AuthenticationOutcome.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs people in. Open to everybody, because it is what makes a caller somebody. Every attempt is
 * audited and written to the server log; after {@code casereviews.security.lockout.attempts}
 * failures (default 5) within {@code casereviews.security.lockout.window} (15 minutes) the account
 * is locked for {@code casereviews.security.lockout.duration} (15 minutes) or until an
 * administrator unlocks it. A name that is no account here, or a directory account, is signed in
 * through the council's directory when {@code casereviews.ldap.url} is set ({@link
 * DirectorySignIn}); a system account's previous password works until its rotation's overlap ends.
 */
@Stateless
@PermitAll
public class AccountService {

  static final String RECORD_TYPE = "UserAccount";

  /** Checked against when the user name is unknown, so that the answer takes as long. */
  private static final String UNKNOWN_USER_HASH = new PasswordHasher().hash("no such user here");

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject OperationsMetrics metrics;

  @Inject CouncilDirectory directory;

  @Inject DirectorySignIn directorySignIn;

  @Inject
  @ConfigProperty(name = "casereviews.security.lockout.attempts", defaultValue = "5")
  int lockoutAttempts;

  @Inject
  @ConfigProperty(name = "casereviews.security.lockout.window", defaultValue = "PT15M")
  Duration lockoutWindow;

  @Inject
  @ConfigProperty(name = "casereviews.security.lockout.duration", defaultValue = "PT15M")
  Duration lockoutDuration;

  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * Checks a user name and password.
   *
   * @param origin where the attempt came from (the remote address), for the log
   */
  public AuthenticationOutcome authenticate(String username, String password, String origin) {
    String typed = username == null ? "" : username.trim();
    Optional<UserAccount> found = findByUsername(typed);
    if (found.map(UserAccount::isDirectoryAccount).orElse(directory.isEnabled())) {
      return directorySignIn.authenticate(this, typed, password, origin, found);
    }
    if (found.isEmpty()) {
      hasher.verify(password == null ? "" : password, UNKNOWN_USER_HASH);
      return refuse(typed, Refusal.UNKNOWN_USER, origin, null);
    }
    UserAccount user = found.get();
    Instant now = Instant.now();
    // checked first whatever the outcome, so that the time taken does not tell locked accounts
    boolean current = password != null && hasher.verify(password, user.getPasswordHash());
    boolean previous =
        !current
            && password != null
            && user.previousPasswordHashAt(now).filter(p -> hasher.verify(password, p)).isPresent();
    if (user.isLockedAt(now)) {
      return refuse(user.getUsername(), Refusal.LOCKED, origin, user);
    }
    if (!user.isEnabled()) {
      return refuse(user.getUsername(), Refusal.DISABLED, origin, user);
    }
    if (!current && !previous) {
      return wrongPassword(user, origin, now);
    }
    if (current && hasher.needsRehash(user.getPasswordHash())) {
      user.changePassword(hasher.hash(password), user.getPasswordChangedAt());
    }
    return accept(user, origin, now, previous ? " with the previous password" : "");
  }

  /** A refusal for a wrong password, and the lock when it is one failure too many. */
  AuthenticationOutcome wrongPassword(UserAccount user, String origin, Instant now) {
    AuthenticationOutcome outcome =
        refuse(user.getUsername(), Refusal.WRONG_PASSWORD, origin, user);
    lockIfTooManyFailures(user, now, origin);
    return outcome;
  }

  AuthenticationOutcome accept(UserAccount user, String origin, Instant now, String how) {
    user.recordSuccessfulLogin(em, now);
    audit.recordAs(
        user.getUsername(), AuditAction.LOGIN, RECORD_TYPE, user.getId(), "from " + origin + how);
    SecurityEventLog.log(Level.INFO, "LOGIN_SUCCEEDED", user.getUsername(), origin, how.trim());
    return AuthenticationOutcome.accepted(user.getUsername(), user.getRoles());
  }

  /**
   * The roles of an account that may still use the application (enabled and not locked), looked up
   * afresh so that disabling a user or changing their roles takes effect at their next request.
   */
  public Optional<Set<String>> currentRoles(String username) {
    Instant now = Instant.now();
    return findByUsername(username)
        .filter(user -> user.isEnabled() && !user.isLockedAt(now))
        .map(UserAccount::getRoles);
  }

  /** Records that a signed-in user signed out. */
  public void signedOut(String username, String origin) {
    audit.recordAs(username, AuditAction.LOGOUT, RECORD_TYPE, null, "from " + origin);
    SecurityEventLog.log(Level.INFO, "LOGOUT", username, origin, "");
  }

  private Optional<UserAccount> findByUsername(String username) {
    return UserAccount.byUsername(em, username);
  }

  AuthenticationOutcome refuse(String username, Refusal refusal, String origin, UserAccount user) {
    return refuse(username, refusal, origin, user, "");
  }

  AuthenticationOutcome refuse(
      String username, Refusal refusal, String origin, UserAccount user, String why) {
    AuditAction action =
        refusal == Refusal.WRONG_PASSWORD || refusal == Refusal.UNKNOWN_USER
            ? AuditAction.LOGIN_FAILED
            : AuditAction.LOGIN_REFUSED;
    audit.recordAs(
        username,
        action,
        RECORD_TYPE,
        user == null ? null : user.getId(),
        refusal + " from " + origin + (why.isEmpty() ? "" : ": " + why));
    SecurityEventLog.log(Level.WARNING, "LOGIN_FAILED", username, origin, refusal.name());
    metrics.loginFailed(refusal);
    return AuthenticationOutcome.refused(username, refusal);
  }

  private void lockIfTooManyFailures(UserAccount user, Instant now, String origin) {
    Instant windowStart = now.minus(lockoutWindow);
    Instant since =
        user.getFailuresCountedSince().isAfter(windowStart)
            ? user.getFailuresCountedSince()
            : windowStart;
    long failures =
        em.createQuery(
                "select count(e) from AuditEvent e where e.username = :username"
                    + " and e.action = :action and e.occurredAt > :since",
                Long.class)
            .setParameter("username", user.getUsername())
            .setParameter("action", AuditAction.LOGIN_FAILED)
            .setParameter("since", since)
            .getSingleResult();
    if (failures >= lockoutAttempts) {
      user.lockUntil(now, now.plus(lockoutDuration));
      audit.recordAs(
          user.getUsername(),
          AuditAction.ACCOUNT_LOCKED,
          RECORD_TYPE,
          user.getId(),
          failures + " failed sign-ins; locked until " + user.getLockedUntil());
      SecurityEventLog.log(
          Level.WARNING,
          "ACCOUNT_LOCKED",
          user.getUsername(),
          origin,
          failures + " failures within " + lockoutWindow.toMinutes() + " minutes");
    }
  }
}
