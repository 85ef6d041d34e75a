package org.casereviews.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.casereviews.agency.Agency;

/**
 * A person (or another council system) who may sign in, with their roles and, for agency liaison
 * officers, the agency they belong to. The password is kept only as a salted PBKDF2 hash; a
 * directory account has none here (the council's directory checks it) and takes its roles and
 * agency from the directory's groups at each sign-in.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_USERNAME,
    query = "select u from UserAccount u where lower(u.username) = lower(:username)")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

  static final String BY_USERNAME = "UserAccount.byUsername";
  static final String ALL = "UserAccount.all";
  static final String COUNT = "UserAccount.count";

  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 60)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private AccountKind kind = AccountKind.PERSON;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "previous_password_hash", length = 300)
  private String previousPasswordHash;

  @Column(name = "previous_password_until")
  private Instant previousPasswordUntil;

  @Column(name = "directory_dn", length = 1000)
  private String directoryDn;

  @ManyToOne
  @JoinColumn(name = "agency_id")
  private Agency agency;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 40)
  private Set<String> roles = new TreeSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "failures_counted_since", nullable = false)
  private Instant failuresCountedSince;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version private long version;

  protected UserAccount() {}

  /** The account with this user name, whatever its letter case. */
  public static Optional<UserAccount> byUsername(EntityManager em, String username) {
    return em.createNamedQuery(BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  UserAccount(String username, String fullName, String passwordHash, Instant now) {
    this(AccountKind.PERSON, username, fullName, passwordHash, now);
  }

  UserAccount(
      AccountKind kind, String username, String fullName, String passwordHash, Instant now) {
    this.kind = kind;
    this.username = username;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.passwordChangedAt = now;
    this.failuresCountedSince = now;
  }

  /** Whether sign-in is refused at this moment because of repeated failures. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    this.previousPasswordHash = null;
    this.previousPasswordUntil = null;
  }

  /** A new password, the one it replaces still working until {@code previousUntil}. */
  void rotatePassword(String newHash, Instant now, Instant previousUntil) {
    String previous = passwordHash;
    changePassword(newHash, now);
    this.previousPasswordHash = previous;
    this.previousPasswordUntil = previousUntil;
  }

  /** The hash of the rotated-out password while it still works at {@code now}. */
  Optional<String> previousPasswordHashAt(Instant now) {
    return previousPasswordUntil != null && previousPasswordUntil.isAfter(now)
        ? Optional.ofNullable(previousPasswordHash)
        : Optional.empty();
  }

  /** What the directory said of this account at its latest sign-in. */
  void takeFromDirectory(String dn, String fullName, String email) {
    this.directoryDn = dn;
    this.fullName = fullName;
    this.email = email;
  }

  /**
   * Records a successful sign-in in one statement that takes no version, so that a system account
   * signing several API requests in at once does not fail all but one of them on the version.
   */
  void recordSuccessfulLogin(EntityManager em, Instant now) {
    em.createQuery(
            "update UserAccount u set u.lastLoginAt = :now, u.lockedUntil = null,"
                + " u.failuresCountedSince = :now where u.id = :id")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
    // this instance is left as read: changed, it would be written again with its version
  }

  /** Locks the account; failures are counted afresh once the lock is over. */
  void lockUntil(Instant now, Instant until) {
    this.lockedUntil = until;
    this.failuresCountedSince = now;
  }

  void unlock(Instant now) {
    this.lockedUntil = null;
    this.failuresCountedSince = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public AccountKind getKind() {
    return kind;
  }

  /** Whether the council's directory checks this account's password and gives its roles. */
  public boolean isDirectoryAccount() {
    return kind == AccountKind.DIRECTORY;
  }

  public String getDirectoryDn() {
    return directoryDn;
  }

  /** Until when the password replaced by the latest rotation still works, if it does. */
  public Instant getPreviousPasswordUntil() {
    return previousPasswordUntil;
  }

  public String getFullName() {
    return fullName;
  }

  void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  void setEmail(String email) {
    this.email = email;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Agency getAgency() {
    return agency;
  }

  void setAgency(Agency agency) {
    this.agency = agency;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  void setRoles(Set<String> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  Instant getFailuresCountedSince() {
    return failuresCountedSince;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPasswordChangedAt() {
    return passwordChangedAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public long getVersion() {
    return version;
  }
}
