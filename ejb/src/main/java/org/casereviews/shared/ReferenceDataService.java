package org.casereviews.shared;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;

/**
 * The reference lists the partnership keeps ({@link org.casereviews.agency.Agency agencies}, {@link
 * org.casereviews.review.ReviewTheme review themes}): everybody signed in reads them, only
 * administrators change them. Entries are renamed or retired, never deleted.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class ReferenceDataService {

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Validator validator;

  /** Every entry, retired ones too, by name. */
  @RolesAllowed({
    Roles.PARTNERSHIP_ADMIN,
    Roles.REVIEW_OFFICER,
    Roles.CDOP_OFFICER,
    Roles.AGENCY_LIAISON,
    Roles.VIEWER
  })
  public <T extends ReferenceItem> List<T> list(Class<T> type) {
    return em.createQuery("select r from " + type.getSimpleName() + " r order by r.name", type)
        .getResultList();
  }

  /** The entries that may still be chosen, by name. */
  @RolesAllowed({
    Roles.PARTNERSHIP_ADMIN,
    Roles.REVIEW_OFFICER,
    Roles.CDOP_OFFICER,
    Roles.AGENCY_LIAISON,
    Roles.VIEWER
  })
  public <T extends ReferenceItem> List<T> listActive(Class<T> type) {
    return list(type).stream().filter(ReferenceItem::isActive).toList();
  }

  public <T extends ReferenceItem> T create(Class<T> type, String code, String name) {
    T item = newInstance(type);
    item.setCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    item.setName(name == null ? null : name.trim());
    validate(item);
    requireUnique(type, item, "code", item.getCode());
    requireUnique(type, item, "name", item.getName());
    em.persist(item);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        type.getSimpleName(),
        item.getId(),
        item.getCode() + " " + item.getName());
    return item;
  }

  public <T extends ReferenceItem> T rename(Class<T> type, long id, long version, String name) {
    T item = get(type, id);
    if (item.getVersion() != version) {
      throw new ConflictException(
          null, "Someone else changed " + item.getName() + " meanwhile. Reload and try again.");
    }
    String old = item.getName();
    item.setName(name == null ? null : name.trim());
    validate(item);
    requireUnique(type, item, "name", item.getName());
    audit.record(
        AuditAction.UPDATE,
        type.getSimpleName(),
        id,
        "renamed from " + old + " to " + item.getName());
    return item;
  }

  public <T extends ReferenceItem> T setActive(Class<T> type, long id, boolean active) {
    T item = get(type, id);
    item.setActive(active);
    audit.record(
        active ? AuditAction.ENABLE : AuditAction.DISABLE,
        type.getSimpleName(),
        id,
        item.getCode());
    return item;
  }

  private <T extends ReferenceItem> T get(Class<T> type, long id) {
    T item = em.find(type, id);
    if (item == null) {
      throw new NotFoundException(
          "There is no " + type.getSimpleName() + " with number " + id + ".");
    }
    return item;
  }

  private void validate(ReferenceItem item) {
    Set<ConstraintViolation<ReferenceItem>> violations = validator.validate(item);
    if (!violations.isEmpty()) {
      ConstraintViolation<ReferenceItem> first = violations.iterator().next();
      throw new BusinessException(first.getPropertyPath().toString(), first.getMessage());
    }
  }

  private <T extends ReferenceItem> void requireUnique(
      Class<T> type, T item, String field, String value) {
    List<T> same =
        em.createQuery(
                "select r from "
                    + type.getSimpleName()
                    + " r where lower(r."
                    + field
                    + ") = lower(:value)",
                type)
            .setParameter("value", value)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    if (same.stream().anyMatch(other -> !other.getId().equals(item.getId()))) {
      throw new ConflictException(
          field, "There is already an entry with the " + field + " " + value + ".");
    }
  }

  private static <T> T newInstance(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(type + " is not a reference list", e);
    }
  }
}
