package org.casereviews.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.casereviews.agency.Agency;
import org.casereviews.shared.AccessRefusedException;

/**
 * Which records the caller may see: an agency liaison officer (with no partnership role besides)
 * only those of their own agency; everyone else with a role the service allows, all of them.
 */
@Stateless
@PermitAll
@DeclareRoles({
  Roles.PARTNERSHIP_ADMIN,
  Roles.REVIEW_OFFICER,
  Roles.CDOP_OFFICER,
  Roles.AGENCY_LIAISON,
  Roles.VIEWER
})
public class CallerScope {

  @Resource private SessionContext session;

  @PersistenceContext private EntityManager em;

  /** The agency the caller is limited to, or empty when they see every agency's records. */
  public Optional<Agency> limitedToAgency() {
    if (session.isCallerInRole(Roles.PARTNERSHIP_ADMIN)
        || session.isCallerInRole(Roles.REVIEW_OFFICER)
        || !session.isCallerInRole(Roles.AGENCY_LIAISON)) {
      return Optional.empty();
    }
    Agency agency =
        UserAccount.byUsername(em, session.getCallerPrincipal().getName())
            .map(UserAccount::getAgency)
            .orElse(null);
    if (agency == null) {
      throw new AccessRefusedException(
          "Your account is not linked to an agency. Ask the partnership's administrator to set"
              + " your agency.");
    }
    return Optional.of(agency);
  }
}
