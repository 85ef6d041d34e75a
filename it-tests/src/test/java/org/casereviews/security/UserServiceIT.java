package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.it.Accounts;
import org.casereviews.it.Refusals;
import org.casereviews.it.RunAs;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.ReferenceDataService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User management: only administrators, every rule refused with its reason, every change audited.
 */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

  @EJB private UserService users;

  @EJB private AuditSearch audit;

  @EJB private ReferenceDataService referenceData;

  @EJB private RunAs.Admin admin;

  @Test
  void callerWithoutTheRoleIsRefused() {
    UserDetails details = new UserDetails("Someone", null, Set.of(Roles.VIEWER), null);

    Refusals.expectDenied(() -> users.list());
    Refusals.expectDenied(() -> users.create("anonymous.made", details, Accounts.PASSWORD));
    Refusals.expectDenied(() -> users.setEnabled(1, false));
    Refusals.expectDenied(() -> audit.count(AuditCriteria.any()));
  }

  @Test
  void createdUserIsAuditedWithItsRoles() {
    UserAccount user = Accounts.create(admin, users, Roles.REVIEW_OFFICER);

    List<AuditEvent> events =
        admin.call(
            () ->
                audit.search(
                    new AuditCriteria(
                        null,
                        AuditAction.CREATE,
                        "UserAccount",
                        user.getId().toString(),
                        null,
                        null),
                    0,
                    10));

    assertEquals(1, events.size());
    assertEquals("run-as-partnership-admin", events.get(0).getUsername());
    assertTrue(events.get(0).getDetail().contains(Roles.REVIEW_OFFICER));
  }

  @Test
  void duplicateUserNameIsRefusedWhateverItsCase() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);
    UserDetails details = new UserDetails("Twin", null, Set.of(Roles.VIEWER), null);

    ConflictException refused =
        Refusals.expect(
            ConflictException.class,
            () ->
                admin.call(
                    () ->
                        users.create(
                            user.getUsername().toUpperCase(), details, Accounts.PASSWORD)));

    assertEquals("username", refused.getField());
    assertTrue(refused.getMessage().contains("already a user called"));
  }

  @Test
  void weakPasswordIsRefusedWithTheReason() {
    UserDetails details = new UserDetails("Weak", null, Set.of(Roles.VIEWER), null);

    BusinessException refused =
        Refusals.expect(
            BusinessException.class,
            () ->
                admin.call(
                    () -> users.create(Accounts.uniqueName("weak"), details, "eleven-char")));

    assertEquals("password", refused.getField());
    assertTrue(refused.getMessage().contains("at least 12 characters"), refused.getMessage());
  }

  @Test
  void liaisonOfficerNeedsAnAgency() {
    UserDetails noAgency = new UserDetails("Liaison", null, Set.of(Roles.AGENCY_LIAISON), null);
    Agency police =
        admin.call(() -> referenceData.list(Agency.class)).stream()
            .filter(agency -> agency.getCode().equals("POLICE"))
            .findFirst()
            .orElseThrow();
    UserDetails withAgency =
        new UserDetails("Liaison", null, Set.of(Roles.AGENCY_LIAISON), police.getId());

    BusinessException refused =
        Refusals.expect(
            BusinessException.class,
            () ->
                admin.call(
                    () ->
                        users.create(Accounts.uniqueName("liaison"), noAgency, Accounts.PASSWORD)));
    UserAccount created =
        admin.call(
            () -> users.create(Accounts.uniqueName("liaison"), withAgency, Accounts.PASSWORD));

    assertEquals("agency", refused.getField());
    assertEquals("POLICE", created.getAgency().getCode());
  }

  @Test
  void editOnAStaleVersionIsRefused() {
    UserAccount user = Accounts.create(admin, users, Roles.VIEWER);
    UserDetails first = new UserDetails("First edit", null, Set.of(Roles.VIEWER), null);
    UserDetails second = new UserDetails("Second edit", null, Set.of(Roles.VIEWER), null);
    admin.call(() -> users.update(user.getId(), user.getVersion(), first));

    Refusals.expect(
        ConflictException.class,
        () -> admin.call(() -> users.update(user.getId(), user.getVersion(), second)));
    assertEquals("First edit", admin.call(() -> users.get(user.getId())).getFullName());
  }

  @Test
  void unknownRoleIsRefusedAndNothingIsSaved() {
    String name = Accounts.uniqueName("odd");
    UserDetails details = new UserDetails("Odd", null, Set.of("superuser"), null);

    Refusals.expect(
        BusinessException.class,
        () -> admin.call(() -> users.create(name, details, Accounts.PASSWORD)));
    assertTrue(
        admin.call(() -> users.list()).stream().noneMatch(u -> u.getUsername().equals(name)));
  }

  @Test
  void reservedNamesCannotBeTaken() {
    UserDetails details = new UserDetails("Impostor", null, Set.of(Roles.VIEWER), null);

    Refusals.expect(
        BusinessException.class,
        () ->
            admin.call(() -> users.create("run-as-partnership-admin", details, Accounts.PASSWORD)));
    Refusals.expect(
        BusinessException.class,
        () -> admin.call(() -> users.create("system", details, Accounts.PASSWORD)));
  }
}
