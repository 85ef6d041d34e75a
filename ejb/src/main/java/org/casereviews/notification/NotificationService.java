package org.casereviews.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.CallerScope;
import org.casereviews.security.Roles;
import org.casereviews.shared.AccessRefusedException;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.Today;

/**
 * Receives significant-incident notifications and shows them. Agency liaison officers submit and
 * see only their own agency's; the partnership's officers see all of them. Every look at one
 * notification is audited, because it describes children.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON})
public class NotificationService {

  public static final String RECORD_TYPE = "Notification";

  /** Which notifications a list shows. */
  public enum Inbox {
    AWAITING_TRIAGE,
    TRIAGED,
    ALL
  }

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @EJB private CallerScope scope;

  public Notification submit(@NotNull @Valid NotificationDetails details) {
    LocalDate today = Today.inEngland();
    checkDates(details.incidentOn(), details.awareOn(), today);
    Agency reporting = reportingAgency(details.agencyId());
    Notification notification =
        new Notification(
            reporting,
            details.incidentOn(),
            details.awareOn(),
            details.category(),
            details.summary().strip(),
            Instant.now(),
            audit.callerName());
    notification.setChildren(details.children().stream().map(ChildDetails::copy).toList());
    notification.setAgenciesInvolved(agencies(details.agenciesInvolved()));
    em.persist(notification);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        notification.getId(),
        "from " + reporting.getCode() + ", " + details.children().size() + " child(ren)");
    return notification;
  }

  /** One notification, for reading by a person: the read is audited. */
  public Notification view(long id) {
    Notification notification = get(id);
    audit.record(AuditAction.READ, RECORD_TYPE, id, null);
    return notification;
  }

  /** One notification the caller may see, without recording a read (for updates). */
  public Notification get(long id) {
    Notification notification =
        Optional.ofNullable(em.find(Notification.class, id))
            .orElseThrow(
                () -> new NotFoundException("There is no notification with number " + id + "."));
    Optional<Agency> limit = scope.limitedToAgency();
    if (limit.isPresent() && !limit.get().getId().equals(notification.getAgency().getId())) {
      // kept: the refusal does not roll the transaction back (see AccessRefusedException)
      audit.record(AuditAction.ACCESS_DENIED, RECORD_TYPE, id, "notification of another agency");
      throw new AccessRefusedException(
          "Notification " + id + " was sent by another agency: you can only see your own.");
    }
    return notification;
  }

  public List<Notification> inbox(Inbox which, int first, int max) {
    Optional<Agency> limit = scope.limitedToAgency();
    TypedQuery<Notification> query =
        em.createQuery(
            "select n from Notification n where "
                + where(which, limit)
                + " order by n.receivedAt desc, n.id desc",
            Notification.class);
    limit.ifPresent(agency -> query.setParameter("agency", agency));
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long count(Inbox which) {
    Optional<Agency> limit = scope.limitedToAgency();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(n) from Notification n where " + where(which, limit), Long.class);
    limit.ifPresent(agency -> query.setParameter("agency", agency));
    return query.getSingleResult();
  }

  /** Records the day the local authority notified the national Panel. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public Notification recordPanelNotified(long id, long version, LocalDate on) {
    Notification notification = get(id);
    if (notification.getVersion() != version) {
      throw new ConflictException(
          null, "Someone else changed notification " + id + " meanwhile. Reload it and try again.");
    }
    if (on != null && on.isBefore(notification.getAwareOn())) {
      throw new BusinessException(
          "panelNotifiedOn",
          "The Panel cannot have been notified before the agency became aware of the incident.");
    }
    if (on != null && on.isAfter(Today.inEngland())) {
      throw new BusinessException(
          "panelNotifiedOn", "The Panel notification date is in the future.");
    }
    notification.setPanelNotifiedOn(on);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "Panel notified on " + on);
    return notification;
  }

  private static String where(Inbox which, Optional<Agency> limit) {
    String triage =
        switch (which) {
          case AWAITING_TRIAGE -> "n.triageDecision is null";
          case TRIAGED -> "n.triageDecision is not null";
          case ALL -> "n.id is not null";
        };
    return limit.isPresent() ? triage + " and n.agency = :agency" : triage;
  }

  private static void checkDates(LocalDate incident, LocalDate aware, LocalDate today) {
    if (incident.isAfter(today)) {
      throw new BusinessException("incidentOn", "The incident date is in the future.");
    }
    if (aware.isAfter(today)) {
      throw new BusinessException("awareOn", "The date the agency became aware is in the future.");
    }
    if (aware.isBefore(incident)) {
      throw new BusinessException(
          "awareOn",
          "The agency cannot have become aware ("
              + aware
              + ") before the incident happened ("
              + incident
              + ").");
    }
  }

  private Agency reportingAgency(Long requested) {
    Optional<Agency> own = scope.limitedToAgency();
    if (own.isPresent()) {
      return own.get();
    }
    if (requested == null) {
      throw new BusinessException("agency", "Choose the agency that reports the incident.");
    }
    return agency(requested, "agency");
  }

  private Set<Agency> agencies(Set<Long> ids) {
    Set<Agency> found = new LinkedHashSet<>();
    if (ids != null) {
      ids.forEach(id -> found.add(agency(id, "agenciesInvolved")));
    }
    return found;
  }

  private Agency agency(Long id, String field) {
    Agency agency = em.find(Agency.class, id);
    if (agency == null) {
      throw new BusinessException(field, "There is no agency with number " + id + ".");
    }
    return agency;
  }
}
