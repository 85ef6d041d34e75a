package org.casereviews.security;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.AuthenticationOutcome.Refusal;

/**
 * Signs in a person of the council's directory. The directory checks the password and says whether
 * the person is disabled; their groups give the roles and the agency, written onto the person's
 * account here at each sign-in (made at the first), so that the rest of the application (scoping by
 * agency, the audit trail, a role taken away at the next request) works as for anybody else. An
 * administrator can still disable the account here, which stops it whatever the directory says.
 */
@Dependent
class DirectorySignIn {

  private static final Logger LOG = Logger.getLogger(DirectorySignIn.class.getName());

  /** Stored instead of a password hash: it matches no password, as no hash of one has this form. */
  static final String NO_PASSWORD_HERE = "directory";

  private static final int USERNAME_MAX = 60;

  @PersistenceContext private EntityManager em;

  @Inject private CouncilDirectory directory;

  @Inject private AuditTrail audit;

  AuthenticationOutcome authenticate(
      AccountService accounts,
      String typed,
      String password,
      String origin,
      Optional<UserAccount> found) {
    Instant now = Instant.now();
    UserAccount known = found.orElse(null);
    if (known != null && known.isLockedAt(now)) {
      return accounts.refuse(known.getUsername(), Refusal.LOCKED, origin, known);
    }
    if (!directory.isEnabled()) {
      return accounts.refuse(
          typed,
          Refusal.DIRECTORY_UNAVAILABLE,
          origin,
          known,
          "a directory account, but casereviews.ldap.url is not set");
    }
    if (typed.isEmpty() || typed.length() > USERNAME_MAX) {
      return accounts.refuse(typed, Refusal.UNKNOWN_USER, origin, null);
    }
    DirectoryEntry entry;
    try {
      Optional<DirectoryEntry> inDirectory = directory.find(typed);
      if (inDirectory.isEmpty()) {
        return accounts.refuse(typed, Refusal.UNKNOWN_USER, origin, known, "not in the directory");
      }
      entry = inDirectory.get();
      if (entry.disabled()) {
        return accounts.refuse(
            typed, Refusal.DISABLED, origin, known, "disabled in the council directory");
      }
      if (!directory.passwordMatches(entry, password)) {
        return known == null
            ? accounts.refuse(typed, Refusal.WRONG_PASSWORD, origin, null)
            : accounts.wrongPassword(known, origin, now);
      }
    } catch (DirectoryUnavailableException e) {
      LOG.warning(e.getMessage());
      return accounts.refuse(typed, Refusal.DIRECTORY_UNAVAILABLE, origin, known, e.getMessage());
    }
    return admit(accounts, typed, entry, known, origin, now);
  }

  private AuthenticationOutcome admit(
      AccountService accounts,
      String typed,
      DirectoryEntry entry,
      UserAccount known,
      String origin,
      Instant now) {
    GroupMapping.Grant grant = directory.grant(entry);
    if (grant.isRefused()) {
      return accounts.refuse(typed, Refusal.NOT_MAPPED, origin, known, grant.refusal());
    }
    Agency agency = null;
    if (grant.agencyCode() != null) {
      agency = agency(grant.agencyCode()).orElse(null);
      if (agency == null) {
        return accounts.refuse(
            typed,
            Refusal.NOT_MAPPED,
            origin,
            known,
            "casereviews.ldap.agencies names "
                + grant.agencyCode()
                + ", which is not an agency here");
      }
    }
    UserAccount user = known == null ? create(typed, entry, now) : known;
    if (!user.isEnabled()) {
      return accounts.refuse(
          user.getUsername(), Refusal.DISABLED, origin, user, "disabled in casereviews");
    }
    take(user, entry, grant, agency);
    return accounts.accept(user, origin, now, " through the council directory");
  }

  private UserAccount create(String typed, DirectoryEntry entry, Instant now) {
    String name = typed.toLowerCase(Locale.ROOT);
    UserAccount user =
        new UserAccount(AccountKind.DIRECTORY, name, fullName(entry, name), NO_PASSWORD_HERE, now);
    em.persist(user);
    em.flush();
    audit.recordAs(
        name,
        AuditAction.CREATE,
        AccountService.RECORD_TYPE,
        user.getId(),
        "from the council directory");
    return user;
  }

  private void take(
      UserAccount user, DirectoryEntry entry, GroupMapping.Grant grant, Agency agency) {
    boolean changed =
        !user.getRoles().equals(grant.roles()) || !Objects.equals(user.getAgency(), agency);
    user.takeFromDirectory(entry.dn(), fullName(entry, user.getUsername()), email(entry));
    if (changed) {
      user.setRoles(grant.roles());
      user.setAgency(agency);
      audit.recordAs(
          user.getUsername(),
          AuditAction.UPDATE,
          AccountService.RECORD_TYPE,
          user.getId(),
          "from the council directory's groups: roles="
              + String.join(",", grant.roles())
              + (agency == null ? "" : " agency=" + agency.getCode()));
    }
  }

  private Optional<Agency> agency(String code) {
    return em.createQuery("select a from Agency a where upper(a.code) = :code", Agency.class)
        .setParameter("code", code.toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private static String fullName(DirectoryEntry entry, String username) {
    String name =
        entry.fullName() == null || entry.fullName().isBlank() ? username : entry.fullName();
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private static String email(DirectoryEntry entry) {
    String email = entry.email();
    return email == null || email.isBlank() || email.length() > 254 ? null : email;
  }
}
