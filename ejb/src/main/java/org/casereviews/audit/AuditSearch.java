package org.casereviews.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.security.Roles;

/** Searches the audit trail, newest first. Only the partnership's administrators may. */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class AuditSearch {

  /** Audit dates are days as the partnership lives them. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  @PersistenceContext private EntityManager em;

  public List<AuditEvent> search(AuditCriteria criteria, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query
        .select(event)
        .where(matching(criteria, cb, event))
        .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
    TypedQuery<AuditEvent> typed = em.createQuery(query);
    return typed.setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  public long count(AuditCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.select(cb.count(event)).where(matching(criteria, cb, event));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] matching(
      AuditCriteria criteria, CriteriaBuilder cb, Root<AuditEvent> event) {
    List<Predicate> predicates = new ArrayList<>();
    if (hasText(criteria.username())) {
      predicates.add(cb.equal(cb.lower(event.get("username")), criteria.username().toLowerCase()));
    }
    if (criteria.action() != null) {
      predicates.add(cb.equal(event.get("action"), criteria.action()));
    }
    if (hasText(criteria.recordType())) {
      predicates.add(cb.equal(event.get("recordType"), criteria.recordType()));
    }
    if (hasText(criteria.recordId())) {
      predicates.add(cb.equal(event.get("recordId"), criteria.recordId().trim()));
    }
    if (criteria.from() != null) {
      Instant start = criteria.from().atStartOfDay(ZONE).toInstant();
      predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), start));
    }
    if (criteria.to() != null) {
      Instant end = criteria.to().plusDays(1).atStartOfDay(ZONE).toInstant();
      predicates.add(cb.lessThan(event.get("occurredAt"), end));
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
