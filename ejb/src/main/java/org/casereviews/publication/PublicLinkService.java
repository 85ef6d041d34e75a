package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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

  private static final Comparator<PublicLink> PAGE_ORDER =
      Comparator.comparing(PublicLink::getSection)
          .thenComparing(
              PublicLink::getCollection, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(PublicLink::getPosition)
          .thenComparing(PublicLink::getId);

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /**
   * Every link, by section (in the order of {@link LinkSection}, not of the stored names),
   * collection (links in none first) and position: what the public page shows.
   */
  @PermitAll
  public List<PublicLink> list() {
    return em
        .createQuery(
            "select l from PublicLink l order by l.section, l.collection, l.position, l.id",
            PublicLink.class)
        .getResultList()
        .stream()
        .sorted(PAGE_ORDER)
        .toList();
  }

  public PublicLink get(long id) {
    return Optional.ofNullable(em.find(PublicLink.class, id))
        .orElseThrow(() -> new NotFoundException("There is no public link " + id + "."));
  }

  /**
   * Adds a link (when its id is null) or saves the changes to one. A new link without a position
   * goes last in its section (and collection).
   */
  public PublicLink save(@NotNull @Valid PublicLink link) {
    if (link.getId() == null) {
      if (link.getPosition() <= 0) {
        link.setPosition(
            siblings(link).stream().mapToInt(PublicLink::getPosition).max().orElse(0) + 1);
      }
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

  /**
   * Moves a link one place earlier (or later) among the links of its section and collection,
   * numbering them 1, 2, 3... in their new order. The first link does not move earlier, nor the
   * last later.
   */
  public List<PublicLink> move(long id, boolean earlier) {
    PublicLink link = get(id);
    List<PublicLink> group = new ArrayList<>(siblings(link));
    int from = group.indexOf(link);
    int to = earlier ? from - 1 : from + 1;
    if (to >= 0 && to < group.size()) {
      Collections.swap(group, from, to);
      for (int i = 0; i < group.size(); i++) {
        group.get(i).setPosition(i + 1);
      }
      audit.record(
          AuditAction.UPDATE,
          RECORD_TYPE,
          id,
          "moved to place " + (to + 1) + " of " + group.size() + ": " + link.getTitle());
    }
    return group;
  }

  public void remove(long id) {
    PublicLink link = get(id);
    em.remove(link);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "removed: " + link.getTitle());
  }

  /** The links of the same section and collection as {@code link}, in their order. */
  private List<PublicLink> siblings(PublicLink link) {
    boolean inCollection = link.getCollection() != null;
    TypedQuery<PublicLink> query =
        em.createQuery(
            "select l from PublicLink l where l.section = :section and l.collection"
                + (inCollection ? " = :collection" : " is null")
                + " order by l.position, l.id",
            PublicLink.class);
    if (inCollection) {
      query.setParameter("collection", link.getCollection());
    }
    return query.setParameter("section", link.getSection()).getResultList();
  }
}
