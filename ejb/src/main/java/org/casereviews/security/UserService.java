package org.casereviews.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Manages user accounts: create, change roles and agency, disable and enable, reset passwords,
 * unlock. Only the partnership's administrators may; every change is audited.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class UserService {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,59}");

  /** Names the server maps to run-as identities; nobody may sign in with them. */
  private static final String RESERVED_PREFIX = "run-as-";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "casereviews.security.previous-password-valid", defaultValue = "PT24H")
  Duration previousPasswordValid;

  private final PasswordHasher hasher = new PasswordHasher();

  public List<UserAccount> list() {
    return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public UserAccount get(long id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException("There is no user with number " + id + "."));
  }

  /** A new password for a system account, and until when the one it replaces still works. */
  public record RotatedPassword(UserAccount account, String password, Instant previousValidUntil) {}

  public UserAccount create(String username, @NotNull @Valid UserDetails details, String password) {
    return create(username, AccountKind.PERSON, details, password);
  }

  /**
   * A person or a system account with a password kept here. Directory accounts are not made here:
   * each is made at its person's first sign-in through the directory.
   */
  public UserAccount create(
      String username,
      @NotNull AccountKind kind,
      @NotNull @Valid UserDetails details,
      String password) {
    if (kind == AccountKind.DIRECTORY) {
      throw new BusinessException(
          "kind",
          "An account of the council directory is made when its person first signs in with"
              + " their directory password; there is nothing to create here.");
    }
    String name = username == null ? "" : username.trim().toLowerCase();
    if (!USERNAME.matcher(name).matches()
        || name.equals(AuditTrail.SYSTEM)
        || name.startsWith(RESERVED_PREFIX)
        || name.equals("anonymous")) {
      throw new BusinessException(
          "username",
          "Choose a user name of 2 to 60 lower-case letters, digits, dots, dashes or @, such as"
              + " j.smith (\"system\" and names starting with \"run-as-\" are reserved).");
    }
    if (UserAccount.byUsername(em, name).isPresent()) {
      throw new ConflictException(
          "username", "There is already a user called " + name + ". Choose another user name.");
    }
    PasswordPolicy.check(name, password);
    Instant now = Instant.now();
    UserAccount user =
        new UserAccount(kind, name, details.fullName().trim(), hasher.hash(password), now);
    apply(user, details);
    em.persist(user);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        AccountService.RECORD_TYPE,
        user.getId(),
        (kind == AccountKind.SYSTEM ? "system account " : "") + describe(user));
    return user;
  }

  public UserAccount update(long id, long version, @NotNull @Valid UserDetails details) {
    UserAccount user = get(id);
    refuseForDirectory(user, "roles and agency come from their groups there at each sign-in");
    if (user.getVersion() != version) {
      throw new ConflictException(
          null,
          "Someone else changed "
              + user.getUsername()
              + " while you were editing. Reload the"
              + " user and make your change again.");
    }
    if (user.hasRole(Roles.PARTNERSHIP_ADMIN)
        && !details.roles().contains(Roles.PARTNERSHIP_ADMIN)) {
      requireAnotherAdministrator(user, "take the administrator role from");
    }
    apply(user, details);
    audit.record(AuditAction.UPDATE, AccountService.RECORD_TYPE, id, describe(user));
    return user;
  }

  public UserAccount setEnabled(long id, boolean enabled) {
    UserAccount user = get(id);
    if (!enabled) {
      if (user.getUsername().equals(audit.callerName())) {
        throw new BusinessException("You cannot disable your own account.");
      }
      if (user.hasRole(Roles.PARTNERSHIP_ADMIN)) {
        requireAnotherAdministrator(user, "disable");
      }
    }
    user.setEnabled(enabled);
    audit.record(
        enabled ? AuditAction.ENABLE : AuditAction.DISABLE, AccountService.RECORD_TYPE, id, null);
    return user;
  }

  public UserAccount resetPassword(long id, String newPassword) {
    UserAccount user = get(id);
    refuseForDirectory(user, "password is the directory's: it is changed there");
    PasswordPolicy.check(user.getUsername(), newPassword);
    Instant now = Instant.now();
    user.changePassword(hasher.hash(newPassword), now);
    user.unlock(now);
    audit.record(AuditAction.PASSWORD_RESET, AccountService.RECORD_TYPE, id, null);
    return user;
  }

  /**
   * Gives a system account a new random password, shown once, and keeps the one it replaces working
   * for {@code casereviews.security.previous-password-valid} (a day), so that the system can be
   * given the new one without a failed call.
   */
  public RotatedPassword rotatePassword(long id) {
    UserAccount user = get(id);
    if (user.getKind() != AccountKind.SYSTEM) {
      throw new BusinessException(
          "Only a system account's password is rotated. Set a new password for "
              + user.getUsername()
              + " instead.");
    }
    String password = PasswordPolicy.generate();
    Instant now = Instant.now();
    Instant until = now.plus(previousPasswordValid);
    user.rotatePassword(hasher.hash(password), now, until);
    audit.record(
        AuditAction.PASSWORD_RESET,
        AccountService.RECORD_TYPE,
        id,
        "rotated; the previous password works until " + until);
    return new RotatedPassword(user, password, until);
  }

  public UserAccount unlock(long id) {
    UserAccount user = get(id);
    user.unlock(Instant.now());
    audit.record(AuditAction.UNLOCK, AccountService.RECORD_TYPE, id, null);
    return user;
  }

  private void apply(UserAccount user, UserDetails details) {
    for (String role : details.roles()) {
      if (!Roles.ALL.contains(role)) {
        throw new BusinessException("roles", "There is no role called " + role + ".");
      }
    }
    Agency agency = null;
    if (details.agencyId() != null) {
      agency = em.find(Agency.class, details.agencyId());
      if (agency == null) {
        throw new BusinessException(
            "agency", "There is no agency with number " + details.agencyId() + ".");
      }
    }
    if (details.roles().contains(Roles.AGENCY_LIAISON) && agency == null) {
      throw new BusinessException(
          "agency",
          "Choose the agency of this liaison officer: they only see their own agency's work.");
    }
    user.setFullName(details.fullName().trim());
    user.setEmail(
        details.email() == null || details.email().isBlank() ? null : details.email().trim());
    user.setRoles(details.roles());
    user.setAgency(agency);
  }

  private static void refuseForDirectory(UserAccount user, String why) {
    if (user.isDirectoryAccount()) {
      throw new BusinessException(
          user.getUsername() + " signs in through the council directory: their " + why + ".");
    }
  }

  private void requireAnotherAdministrator(UserAccount user, String verb) {
    boolean another =
        list().stream()
            .anyMatch(
                other ->
                    !other.getId().equals(user.getId())
                        && other.isEnabled()
                        && other.hasRole(Roles.PARTNERSHIP_ADMIN));
    if (!another) {
      throw new BusinessException(
          "You cannot "
              + verb
              + " "
              + user.getUsername()
              + ": they are the only active"
              + " partnership administrator.");
    }
  }

  private static String describe(UserAccount user) {
    return "roles="
        + String.join(",", user.getRoles())
        + (user.getAgency() == null ? "" : " agency=" + user.getAgency().getCode());
  }
}
