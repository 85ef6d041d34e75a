package org.casereviews.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who is written to about the partnership's work: the enabled users with an e-mail address in a
 * role, such as an agency's liaison officers for action reminders.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class MailRecipients {

  @PersistenceContext private EntityManager em;

  /** The enabled liaison officers of the agency who have an e-mail address. */
  public List<UserAccount> liaisonOfficers(long agencyId) {
    return em.createQuery(
            "select distinct u from UserAccount u join u.roles r where r = :role"
                + " and u.enabled = true and u.email is not null and u.agency.id = :agency"
                + " order by u.username",
            UserAccount.class)
        .setParameter("role", Roles.AGENCY_LIAISON)
        .setParameter("agency", agencyId)
        .getResultList();
  }

  /** The enabled partnership administrators who have an e-mail address. */
  public List<UserAccount> administrators() {
    return em.createQuery(
            "select distinct u from UserAccount u join u.roles r where r = :role"
                + " and u.enabled = true and u.email is not null order by u.username",
            UserAccount.class)
        .setParameter("role", Roles.PARTNERSHIP_ADMIN)
        .getResultList();
  }
}
