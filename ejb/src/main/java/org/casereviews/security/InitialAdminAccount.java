package org.casereviews.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, when there are no users at all, creates the account {@code admin} with the
 * partnership-admin role. Its password is {@code casereviews.admin.initial-password} when the
 * council configured one, or else a random one written once to the server log. There is never a
 * fixed default password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InitialAdminAccount {

  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(InitialAdminAccount.class.getName());

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "casereviews.admin.initial-password")
  Optional<String> configuredPassword;

  @PostConstruct
  void createWhenThereAreNoUsers() {
    long users = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    if (users > 0) {
      return;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(PasswordPolicy::generate);
    try {
      PasswordPolicy.check(USERNAME, password);
    } catch (BusinessException weak) {
      throw new IllegalStateException(
          "casereviews.admin.initial-password cannot be used: " + weak.getMessage());
    }
    UserAccount admin =
        new UserAccount(
            USERNAME,
            "Partnership administrator",
            new PasswordHasher().hash(password),
            Instant.now());
    admin.setRoles(Set.of(Roles.PARTNERSHIP_ADMIN));
    em.persist(admin);
    em.flush();
    audit.recordAs(
        AuditTrail.SYSTEM,
        AuditAction.CREATE,
        AccountService.RECORD_TYPE,
        admin.getId(),
        "first administrator");
    if (configuredPassword.isPresent()) {
      LOG.warning(
          "casereviews created the first user 'admin' with the password set in"
              + " casereviews.admin.initial-password. Sign in and change it.");
    } else {
      LOG.warning(
          "casereviews created the first user 'admin' with the password "
              + password
              + " (shown this once only). Sign in at /casereviews/login.xhtml, then set a"
              + " password of your own under Administration > Users.");
    }
  }
}
