package org.casereviews.action;

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
import java.util.List;
import java.util.Optional;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Recommendation;
import org.casereviews.review.ReviewDates;
import org.casereviews.security.CallerScope;
import org.casereviews.security.Roles;
import org.casereviews.shared.AccessRefusedException;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.Today;

/**
 * The agency actions on recommendations. Review officers set them and their due dates and record
 * the partnership's assurance; the owning agency's liaison officers report progress. A liaison
 * officer sees and touches only their own agency's actions: a try at another agency's is refused
 * and audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON, Roles.VIEWER})
public class ActionService {

  public static final String RECORD_TYPE = "Action";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @EJB private CallerScope scope;

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public ActionPlanItem create(long recommendationId, @NotNull @Valid NewAction details) {
    Recommendation recommendation = em.find(Recommendation.class, recommendationId);
    if (recommendation == null) {
      throw new NotFoundException(
          "There is no recommendation with number " + recommendationId + ".");
    }
    Agency agency = em.find(Agency.class, details.agencyId());
    if (agency == null) {
      throw new BusinessException(
          "agency", "There is no agency with number " + details.agencyId() + ".");
    }
    if (details.dueOn().isBefore(Today.inEngland())) {
      throw new BusinessException(
          "dueOn",
          "The due date ("
              + ReviewDates.show(details.dueOn())
              + ") is in the past: a new action needs a date still to come.");
    }
    ActionPlanItem action =
        new ActionPlanItem(
            recommendation,
            agency,
            details.ownerName().strip(),
            details.description().strip(),
            details.dueOn(),
            Instant.now(),
            audit.callerName());
    em.persist(action);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        action.getId(),
        recommendation.getReview().getReference()
            + " rec "
            + recommendation.getNumber()
            + " "
            + agency.getCode());
    return action;
  }

  /** One action the caller may see (a liaison officer: their own agency's only). */
  public ActionPlanItem get(long id) {
    ActionPlanItem action =
        Optional.ofNullable(em.find(ActionPlanItem.class, id))
            .orElseThrow(() -> new NotFoundException("There is no action with number " + id + "."));
    Optional<Agency> limit = scope.limitedToAgency();
    if (limit.isPresent() && !limit.get().getId().equals(action.getAgency().getId())) {
      // kept: the refusal does not roll the transaction back (see AccessRefusedException)
      audit.record(AuditAction.ACCESS_DENIED, RECORD_TYPE, id, "action of another agency");
      throw new AccessRefusedException(
          "Action " + id + " belongs to another agency: you can only see and update your own.");
    }
    return action;
  }

  /** The actions on a review's recommendations (a liaison officer's agency's only). */
  public List<ActionPlanItem> forReview(long reviewId) {
    Optional<Agency> limit = scope.limitedToAgency();
    TypedQuery<ActionPlanItem> query =
        em.createQuery(
            "select a from ActionPlanItem a where a.recommendation.review.id = :review"
                + (limit.isPresent() ? " and a.agency = :agency" : "")
                + " order by a.recommendation.number, a.id",
            ActionPlanItem.class);
    query.setParameter("review", reviewId);
    limit.ifPresent(agency -> query.setParameter("agency", agency));
    return query.getResultList();
  }

  /**
   * Actions of every review, soonest due first, of one agency ({@code agencyId}, or all agencies
   * when null) and only the open ones past their due date when {@code overdueOnly}. A liaison
   * officer asking for another agency is refused.
   */
  public List<ActionPlanItem> search(Long agencyId, boolean overdueOnly, int first, int max) {
    return query(agencyId, overdueOnly, ActionPlanItem.class, "a")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Long agencyId, boolean overdueOnly) {
    return query(agencyId, overdueOnly, Long.class, "count(a)").getSingleResult();
  }

  /**
   * The owning agency reports where its action stands, with a note. It may say the action is not
   * started, in progress, complete (then the partnership decides on assurance) or not achievable
   * (with the reason); it can never assure or close it.
   */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON})
  public ActionPlanItem reportProgress(
      long id, long version, ActionStatus status, String note, String notAchievableReason) {
    ActionPlanItem action = current(id, version);
    ActionStatus to = status == null ? action.getStatus() : status;
    if (!to.isAgencyStatus()) {
      throw new BusinessException(
          "status",
          "Only the partnership assures or closes an action: report it as complete and the"
              + " partnership will record its assurance decision.");
    }
    if (action.getStatus() == ActionStatus.ASSURED || action.getStatus() == ActionStatus.CLOSED) {
      throw new BusinessException(
          "status",
          "This action is " + action.getStatus().getLabel().toLowerCase() + ": it cannot change.");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    if (to == ActionStatus.NOT_ACHIEVABLE) {
      if (notAchievableReason == null || notAchievableReason.isBlank()) {
        throw new BusinessException(
            "notAchievableReason", "Say why the action cannot be achieved: the board will see it.");
      }
      action.setNotAchievableReason(notAchievableReason.strip());
    }
    if (text == null && to == action.getStatus()) {
      throw new BusinessException("note", "Write the progress note.");
    }
    checkLength(text, "note");
    if (to != action.getStatus()) {
      action.setStatus(to, Today.inEngland());
    }
    em.persist(
        new ActionNote(
            action,
            ActionNote.Kind.PROGRESS,
            null,
            to,
            text == null ? "Status: " + to.getLabel() + "." : text,
            Instant.now(),
            audit.callerName()));
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "progress: " + to);
    return action;
  }

  /**
   * The partnership's decision on an action its agency reports complete: accepted (the action is
   * assured) or more evidence needed (it goes back in progress). The note is kept either way.
   */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public ActionPlanItem recordAssurance(
      long id, long version, AssuranceDecision decision, String note) {
    ActionPlanItem action = current(id, version);
    if (action.getStatus() != ActionStatus.AWAITING_ASSURANCE) {
      throw new BusinessException(
          "decision",
          "Assurance is decided once the agency reports the action complete; it is now '"
              + action.getStatus().getLabel()
              + "'.");
    }
    if (decision == null) {
      throw new BusinessException("decision", "Choose the assurance decision.");
    }
    if (note == null || note.isBlank()) {
      throw new BusinessException(
          "note", "Write the assurance note: what the evidence shows, or what is still needed.");
    }
    checkLength(note.strip(), "note");
    ActionStatus to =
        decision == AssuranceDecision.ACCEPTED ? ActionStatus.ASSURED : ActionStatus.IN_PROGRESS;
    action.setStatus(to, Today.inEngland());
    em.persist(
        new ActionNote(
            action,
            ActionNote.Kind.ASSURANCE,
            decision,
            to,
            note.strip(),
            Instant.now(),
            audit.callerName()));
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "assurance: " + decision);
    return action;
  }

  /** Closes an assured action, or one the partnership accepts cannot be achieved. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public ActionPlanItem close(long id, long version, String note) {
    ActionPlanItem action = current(id, version);
    if (action.getStatus() != ActionStatus.ASSURED
        && action.getStatus() != ActionStatus.NOT_ACHIEVABLE) {
      throw new BusinessException(
          "status", "Only an assured action, or one that cannot be achieved, can be closed.");
    }
    action.setStatus(ActionStatus.CLOSED, Today.inEngland());
    em.persist(
        new ActionNote(
            action,
            ActionNote.Kind.ASSURANCE,
            null,
            ActionStatus.CLOSED,
            note == null || note.isBlank() ? "Closed." : note.strip(),
            Instant.now(),
            audit.callerName()));
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "closed");
    return action;
  }

  /** Moves the due date ("slippage"), keeping the old date, who agreed it and why. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public ActionPlanItem changeDueDate(long id, long version, LocalDate newDue, String reason) {
    ActionPlanItem action = current(id, version);
    if (newDue == null) {
      throw new BusinessException("dueOn", "Enter the new due date.");
    }
    if (newDue.equals(action.getDueOn())) {
      throw new BusinessException("dueOn", "The action is already due on that date.");
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException(
          "reason", "Say why the due date moves: slippage is reported to the board.");
    }
    em.persist(
        new Slippage(
            action, action.getDueOn(), newDue, Instant.now(), audit.callerName(), reason.strip()));
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "due " + action.getDueOn() + " -> " + newDue);
    action.setDueOn(newDue);
    return action;
  }

  public List<ActionNote> notes(long id) {
    get(id);
    return em.createQuery(
            "select n from ActionNote n where n.action.id = :id order by n.writtenAt, n.id",
            ActionNote.class)
        .setParameter("id", id)
        .getResultList();
  }

  public List<Slippage> slippage(long id) {
    get(id);
    return em.createQuery(
            "select s from Slippage s where s.action.id = :id order by s.changedAt, s.id",
            Slippage.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** Open actions due within the reminder window or overdue, of every agency, for reminders. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public List<ActionPlanItem> dueForReminder(LocalDate today) {
    return em.createQuery(
            "select a from ActionPlanItem a where a.status in :open and a.dueOn <= :until"
                + " order by a.agency.name, a.dueOn, a.id",
            ActionPlanItem.class)
        .setParameter("open", List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS))
        .setParameter("until", today.plusDays(Rag.AMBER_DAYS))
        .getResultList();
  }

  private <T> TypedQuery<T> query(
      Long agencyId, boolean overdueOnly, Class<T> type, String select) {
    Optional<Agency> limit = scope.limitedToAgency();
    Long agency = agencyId;
    if (limit.isPresent()) {
      if (agencyId != null && !agencyId.equals(limit.get().getId())) {
        audit.record(AuditAction.ACCESS_DENIED, RECORD_TYPE, null, "actions of agency " + agencyId);
        throw new AccessRefusedException("You can only see your own agency's actions.");
      }
      agency = limit.get().getId();
    }
    String jpql =
        "select "
            + select
            + " from ActionPlanItem a where a.id is not null"
            + (agency != null ? " and a.agency.id = :agency" : "")
            + (overdueOnly ? " and a.status in :open and a.dueOn < :today" : "")
            + (type == Long.class ? "" : " order by a.dueOn, a.id");
    TypedQuery<T> query = em.createQuery(jpql, type);
    if (agency != null) {
      query.setParameter("agency", agency);
    }
    if (overdueOnly) {
      query.setParameter("open", List.of(ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS));
      query.setParameter("today", Today.inEngland());
    }
    return query;
  }

  private ActionPlanItem current(long id, long version) {
    ActionPlanItem action = get(id);
    if (action.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed action "
              + id
              + " meanwhile. Reload it and make your change again.");
    }
    return action;
  }

  private static void checkLength(String text, String field) {
    if (text != null && text.length() > 4000) {
      throw new BusinessException(field, "A note can be at most 4000 characters.");
    }
  }
}
