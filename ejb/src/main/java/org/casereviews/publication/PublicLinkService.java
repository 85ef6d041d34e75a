package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;

/**
 * The links on the public page. Review officers and administrators keep them; anyone may read them.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class PublicLinkService {

  static final String RECORD_TYPE = "PublicLink";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /** Every link, by section, collection and position: what the public page shows. */
  @PermitAll
  public List<PublicLink> list() {
    return em.createQuery(
            "select l from PublicLink l order by l.section, l.collection, l.position, l.id",
            PublicLink.class)
        .getResultList();
  }

  public PublicLink get(long id) {
    return Optional.ofNullable(em.find(PublicLink.class, id))
        .orElseThrow(() -> new NotFoundException("There is no public link " + id + "."));
  }

  /** Adds a link (when its id is null) or saves the changes to one. */
  public PublicLink save(@NotNull @Valid PublicLink link) {
    if (link.getId() == null) {
      em.persist(link);
      em.flush();
      audit.record(AuditAction.CREATE, RECORD_TYPE, link.getId(), link.getTitle());
      return link;
    }
    get(link.getId());
    try {
      PublicLink saved = em.merge(link);
      em.flush();
      audit.record(AuditAction.UPDATE, RECORD_TYPE, saved.getId(), saved.getTitle());
      return saved;
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "version", "Someone else changed this link in the meantime: reload it and try again.");
    }
  }

  public void remove(long id) {
    PublicLink link = get(id);
    em.remove(link);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "removed: " + link.getTitle());
  }
}
