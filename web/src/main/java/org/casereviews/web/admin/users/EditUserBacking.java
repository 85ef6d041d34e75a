package org.casereviews.web.admin.users;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.security.AccountKind;
import org.casereviews.security.Roles;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserDetails;
import org.casereviews.security.UserService;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.web.Messages;

/**
 * /admin/users/edit.xhtml: a new user or system account (no id) or an existing one ({@code ?id=}).
 * Existing accounts can also be disabled or enabled, unlocked, and given a new password (a person)
 * or a rotated one (a system account). A directory account is shown as the directory last gave it:
 * its roles, agency and password are the directory's.
 */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserService service;

  @EJB private ReferenceDataService referenceData;

  private Long id;
  private UserAccount user;
  private String username;
  private String fullName;
  private String email;
  private List<String> roles = new ArrayList<>();
  private Long agencyId;
  private String password;
  private String passwordAgain;
  private long version;
  private AccountKind kind = AccountKind.PERSON;
  private UserService.RotatedPassword rotated;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      return;
    }
    user = service.find(id).orElse(null);
    if (user == null) {
      return;
    }
    username = user.getUsername();
    fullName = user.getFullName();
    email = user.getEmail();
    roles = new ArrayList<>(user.getRoles());
    agencyId = user.getAgency() == null ? null : user.getAgency().getId();
    version = user.getVersion();
    kind = user.getKind();
  }

  public void save() throws IOException {
    if (isNew() && !passwordsMatch()) {
      return;
    }
    UserDetails details =
        new UserDetails(fullName, email, roles == null ? Set.of() : Set.copyOf(roles), agencyId);
    UserAccount saved =
        Messages.attempt(
            () ->
                isNew()
                    ? service.create(username, kind, details, password)
                    : service.update(id, version, details));
    if (saved != null) {
      Messages.info(
          isNew()
              ? "User " + saved.getUsername() + " created."
              : "Changes to " + saved.getUsername() + " saved.");
      reopen(saved);
    }
  }

  public void toggleEnabled() throws IOException {
    boolean enable = !user.isEnabled();
    UserAccount saved = Messages.attempt(() -> service.setEnabled(id, enable));
    if (saved != null) {
      Messages.info(
          saved.getUsername() + (enable ? " can sign in again." : " can no longer sign in."));
      reopen(saved);
    }
  }

  public void unlock() throws IOException {
    UserAccount saved = Messages.attempt(() -> service.unlock(id));
    if (saved != null) {
      Messages.info(saved.getUsername() + " is unlocked and can sign in.");
      reopen(saved);
    }
  }

  public void resetPassword() throws IOException {
    if (!passwordsMatch()) {
      return;
    }
    UserAccount saved = Messages.attempt(() -> service.resetPassword(id, password));
    if (saved != null) {
      Messages.info(
          "The password of "
              + saved.getUsername()
              + " has been changed. Tell them in person or by phone.");
      reopen(saved);
    }
  }

  /** A new password for a system account, shown on this page once; the page is not reloaded. */
  public void rotatePassword() {
    rotated = Messages.attempt(() -> service.rotatePassword(id));
    if (rotated != null) {
      user = rotated.account();
      version = user.getVersion();
      Messages.info(
          "The password of "
              + user.getUsername()
              + " has been rotated. Copy it now: it is not shown again.");
    }
  }

  private boolean passwordsMatch() {
    if (password == null || !password.equals(passwordAgain)) {
      Messages.error(
          "passwordAgain", "The two passwords are not the same. Type the same password twice.");
      return false;
    }
    return true;
  }

  private void reopen(UserAccount saved) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/admin/users/edit.xhtml?id=" + saved.getId());
  }

  public boolean isNew() {
    return id == null;
  }

  /** An id was given but no such user exists. */
  /** The kinds an administrator can create: directory accounts come from the directory. */
  public List<AccountKind> getKinds() {
    return List.of(AccountKind.PERSON, AccountKind.SYSTEM);
  }

  public AccountKind getKind() {
    return kind;
  }

  public void setKind(AccountKind kind) {
    this.kind = kind == null ? AccountKind.PERSON : kind;
  }

  public boolean isDirectory() {
    return kind == AccountKind.DIRECTORY;
  }

  public boolean isSystem() {
    return kind == AccountKind.SYSTEM;
  }

  /** The latest rotation's new password and until when the old one works, or null. */
  public UserService.RotatedPassword getRotated() {
    return rotated;
  }

  public boolean isMissing() {
    return id != null && user == null;
  }

  public boolean isLocked() {
    return user != null && user.isLockedAt(Instant.now());
  }

  public List<String> getAllRoles() {
    return Roles.ALL;
  }

  public String roleLabel(String role) {
    return Roles.label(role);
  }

  public List<Agency> getAgencies() {
    return referenceData.list(Agency.class).stream()
        .filter(agency -> agency.isActive() || agency.getId().equals(agencyId))
        .toList();
  }

  public UserAccount getUser() {
    return user;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
