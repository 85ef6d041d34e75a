package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.Today;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens, changes and moves reviews through their lifecycle. Review officers and administrators
 * change them; viewers read them. Every change is audited and every status change is kept with who,
 * when and why; a due date that moves because a date changed is kept in the deadline history.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class ReviewService {

  public static final String RECORD_TYPE = "Review";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @EJB private DeadlineCalendar calendar;

  @Inject
  @ConfigProperty(
      name = "casereviews.reviews.reference-pattern",
      defaultValue = ReferencePattern.DEFAULT)
  private String referencePattern;

  public Review create(@NotNull @Valid ReviewDetails details) {
    LocalDate today = Today.inEngland();
    ReviewStatus initial = details.type().initialStatus();
    Review review =
        new Review(
            new ReviewReferences(em, referencePattern).next(today),
            details.type(),
            details.pseudonym().strip(),
            details.category(),
            initial,
            today,
            false,
            Instant.now(),
            audit.callerName());
    new ReviewFields(em, audit).apply(review, details);
    if (initial == ReviewStatus.COMMISSIONED && review.getDates().getInitiatedOn() == null) {
      review.getDates().setInitiatedOn(today);
    }
    review.getDates().check(today);
    em.persist(review);
    em.flush();
    LocalDate effective =
        initial == ReviewStatus.COMMISSIONED ? review.getDates().getInitiatedOn() : today;
    recordTransition(review, null, effective, "Opened");
    audit.record(AuditAction.CREATE, RECORD_TYPE, review.getId(), review.getReference());
    return review;
  }

  /**
   * Changes what is recorded about a review. When a changed date moves a due date, {@code
   * dateChangeReason} must say why; the move is kept in the deadline history.
   */
  public Review update(
      long id, long version, @NotNull @Valid ReviewDetails details, String dateChangeReason) {
    Review review = current(id, version);
    if (details.type() != review.getType()) {
      throw new BusinessException(
          "type",
          "The kind of a review cannot change. Close this "
              + review.getType().getLabel()
              + " and open a review of the right kind instead.");
    }
    ReviewDeadlines rules = calendar.rules();
    Map<DeadlineKind, LocalDate> before = rules.dueDates(review);
    new ReviewFields(em, audit).apply(review, details);
    review.getDates().check(Today.inEngland());
    new DeadlineHistory(em, audit).keep(review, before, rules, dateChangeReason, true);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, review.getReference());
    return review;
  }

  /**
   * Moves a review to its next status as the lifecycle allows.
   *
   * @param on the day it happened (today when null)
   * @param reason why; needed for going back, closing, delaying or not publishing in full
   * @param decision the Panel's decision, needed when the status becomes {@link
   *     ReviewStatus#DECIDED}
   */
  public Review transition(
      long id, long version, ReviewStatus to, LocalDate on, String reason, PanelDecision decision) {
    Review review = current(id, version);
    if (to == null) {
      throw new BusinessException("status", "Choose the status the review moves to.");
    }
    ReviewStatus from = review.getStatus();
    ReviewLifecycle.check(review.getType(), from, to);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why == null && ReviewLifecycle.needsReason(from, to)) {
      throw new BusinessException(
          "reason", "Say why the review becomes '" + to.getLabel() + "': the reason is kept.");
    }
    if (to == ReviewStatus.DECIDED && decision == null) {
      throw new BusinessException("decision", "Choose the decision the Panel made.");
    }
    LocalDate today = Today.inEngland();
    LocalDate effective = on == null ? today : on;
    ReviewDeadlines rules = calendar.rules();
    Map<DeadlineKind, LocalDate> before = rules.dueDates(review);
    review.moveTo(to, effective, decision);
    review.getDates().check(today);
    new DeadlineHistory(em, audit)
        .keep(
            review,
            before,
            rules,
            "Moved to '" + to.getLabel() + "' on " + ReviewDates.show(effective),
            false);
    recordTransition(review, from, effective, why);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "status " + from.name() + " -> " + to.name());
    return review;
  }

  /**
   * Opens the LCSPR that follows a rapid review the Panel sent back for a local review. It carries
   * over the case (children, themes, agencies, notifications, dates) and starts on {@code
   * initiatedOn} (today when null).
   */
  public Review commissionLocalReview(long rapidReviewId, long version, LocalDate initiatedOn) {
    Review rapid = current(rapidReviewId, version);
    if (rapid.getType() != ReviewType.RAPID_REVIEW
        || rapid.getStatus() != ReviewStatus.DECIDED
        || rapid.getPanelDecision() != PanelDecision.LOCAL_REVIEW) {
      throw new BusinessException(
          "status",
          "An LCSPR follows a rapid review whose Panel decision was a local review. Record that"
              + " decision on "
              + rapid.getReference()
              + " first.");
    }
    followingReview(rapid)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  null, existing.getReference() + " already follows " + rapid.getReference() + ".");
            });
    LocalDate today = Today.inEngland();
    Review lcspr =
        new Review(
            new ReviewReferences(em, referencePattern).next(today),
            ReviewType.LCSPR,
            rapid.getPseudonym(),
            rapid.getCategory(),
            ReviewStatus.COMMISSIONED,
            today,
            false,
            Instant.now(),
            audit.callerName());
    ReviewFields.carryOver(rapid, lcspr);
    lcspr.getDates().setInitiatedOn(initiatedOn == null ? today : initiatedOn);
    if (lcspr.getDates().getInitiatedOn().isBefore(rapid.getDates().getDecisionOn())) {
      throw new BusinessException(
          "initiatedOn",
          "The LCSPR cannot start before the Panel's decision ("
              + ReviewDates.show(rapid.getDates().getDecisionOn())
              + ").");
    }
    lcspr.getDates().check(today);
    em.persist(lcspr);
    em.flush();
    recordTransition(
        lcspr,
        null,
        lcspr.getDates().getInitiatedOn(),
        "Commissioned after rapid review " + rapid.getReference());
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        lcspr.getId(),
        lcspr.getReference() + " follows " + rapid.getReference());
    return lcspr;
  }

  /**
   * Records the day the national Panel was told of the review's incident; the rapid review is then
   * counted from that day, and the move is kept in the deadline history.
   */
  public Review recordPanelNotified(long id, LocalDate on) {
    Review review = get(id);
    ReviewDeadlines rules = calendar.rules();
    Map<DeadlineKind, LocalDate> before = rules.dueDates(review);
    review.getDates().setNotifiedOn(on);
    review.getDates().check(Today.inEngland());
    new DeadlineHistory(em, audit)
        .keep(
            review,
            before,
            rules,
            "The national Panel was notified on " + ReviewDates.show(on),
            false);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, "Panel notified on " + on);
    return review;
  }

  /** One review, for reading by a person: the read is audited (reviews describe children). */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Review view(long id) {
    Review review = get(id);
    audit.record(AuditAction.READ, RECORD_TYPE, id, null);
    return review;
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Optional<Review> find(long id) {
    return Optional.ofNullable(em.find(Review.class, id));
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Review get(long id) {
    return find(id)
        .orElseThrow(() -> new NotFoundException("There is no review with number " + id + "."));
  }

  /** The review with this reference, ignoring case and surrounding spaces. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Optional<Review> findByReference(String reference) {
    return em.createQuery(
            "select r from Review r where lower(r.reference) = :reference", Review.class)
        .setParameter("reference", reference == null ? "" : reference.strip().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  /** The review that followed this one (the LCSPR after a rapid review), if any. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public Optional<Review> followingReview(Review review) {
    return em.createQuery("select r from Review r where r.origin = :origin", Review.class)
        .setParameter("origin", review)
        .getResultStream()
        .findFirst();
  }

  /** The reviews that cover a notification (the rapid review its triage opened, and others). */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<Review> covering(long notificationId) {
    return em.createQuery(
            "select r from Review r join r.notifications n where n.id = :id order by r.id",
            Review.class)
        .setParameter("id", notificationId)
        .getResultList();
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<ReviewTransition> transitions(long id) {
    return em.createQuery(
            "select t from ReviewTransition t where t.review.id = :id order by t.recordedAt, t.id",
            ReviewTransition.class)
        .setParameter("id", id)
        .getResultList();
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<DeadlineChange> deadlineChanges(long id) {
    return em.createQuery(
            "select c from DeadlineChange c where c.review.id = :id order by c.changedAt, c.id",
            DeadlineChange.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** The review's deadlines as they stand today. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<Deadline> deadlines(Review review) {
    return calendar.rules().of(review, Today.inEngland());
  }

  private Review current(long id, long version) {
    Review review = get(id);
    if (review.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed "
              + review.getReference()
              + " while you were working on it. Reload the review and make your change again.");
    }
    return review;
  }

  private void recordTransition(Review review, ReviewStatus from, LocalDate on, String reason) {
    em.persist(
        new ReviewTransition(
            review, from, review.getStatus(), on, Instant.now(), audit.callerName(), reason));
  }
}
