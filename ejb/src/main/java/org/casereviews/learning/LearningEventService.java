package org.casereviews.learning;

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewTheme;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.Today;

/**
 * Records the learning events that spread what reviews found, and sums up their reach for the
 * board. Review officers and administrators record and change them; viewers read them. Every change
 * is audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
public class LearningEventService {

  public static final String RECORD_TYPE = "LearningEvent";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public LearningEvent create(@NotNull @Valid LearningEventDetails details) {
    LearningEvent event = new LearningEvent(Instant.now(), audit.callerName());
    describe(event, details);
    em.persist(event);
    em.flush();
    audit.record(AuditAction.CREATE, RECORD_TYPE, event.getId(), event.getTitle());
    return event;
  }

  /** Changes an event; {@code version} is the one read, refused when someone changed it since. */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public LearningEvent update(long id, long version, @NotNull @Valid LearningEventDetails details) {
    LearningEvent event = get(id);
    if (event.getVersion() != version) {
      throw new ConflictException(
          "version",
          "Someone else changed the learning event '"
              + event.getTitle()
              + "' meanwhile. Reload it and make your change again.");
    }
    describe(event, details);
    audit.record(AuditAction.UPDATE, RECORD_TYPE, id, event.getTitle());
    return event;
  }

  public Optional<LearningEvent> find(long id) {
    return Optional.ofNullable(em.find(LearningEvent.class, id));
  }

  public LearningEvent get(long id) {
    return find(id)
        .orElseThrow(
            () -> new NotFoundException("There is no learning event with number " + id + "."));
  }

  /** Events, latest first, of one review and of one theme when given (null: any). */
  public List<LearningEvent> list(Long reviewId, Long themeId, int first, int max) {
    return query(reviewId, themeId, LearningEvent.class, "e")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Long reviewId, Long themeId) {
    return query(reviewId, themeId, Long.class, "count(e)").getSingleResult();
  }

  /** Every event spreading a review's learning, latest first. */
  public List<LearningEvent> forReview(long reviewId) {
    return query(reviewId, null, LearningEvent.class, "e").getResultList();
  }

  /** The reach of the events held from {@code from} to {@code to} (either may be null). */
  public LearningSummary summary(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new BusinessException(
          "to",
          "The end of the period ("
              + ReviewDates.show(to)
              + ") comes before its start ("
              + ReviewDates.show(from)
              + ").");
    }
    List<LearningEvent> events =
        em.createQuery(
                "select e from LearningEvent e where e.heldOn >= :from and e.heldOn <= :to"
                    + " order by e.heldOn, e.id",
                LearningEvent.class)
            .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
            .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
            .getResultList();
    return LearningSummary.of(events, from, to, Today.inEngland());
  }

  private void describe(LearningEvent event, LearningEventDetails details) {
    Review review = null;
    if (details.reviewId() != null) {
      review = em.find(Review.class, details.reviewId());
      if (review == null) {
        throw new BusinessException(
            "review", "There is no review with number " + details.reviewId() + ".");
      }
    }
    Set<ReviewTheme> themes = new LinkedHashSet<>();
    if (details.themeIds() != null) {
      for (Long themeId : details.themeIds()) {
        themes.add(found(ReviewTheme.class, themeId, "themes", "review theme"));
      }
    }
    Map<Agency, Integer> attendance = new HashMap<>();
    if (details.attendance() != null) {
      details
          .attendance()
          .forEach(
              (agencyId, count) -> {
                if (count != null) {
                  attendance.put(found(Agency.class, agencyId, "attendance", "agency"), count);
                }
              });
    }
    event.describe(details, review, themes, attendance, Today.inEngland());
  }

  private <T> T found(Class<T> type, Long id, String field, String what) {
    T item = id == null ? null : em.find(type, id);
    if (item == null) {
      throw new BusinessException(field, "There is no " + what + " with number " + id + ".");
    }
    return item;
  }

  private <T> TypedQuery<T> query(Long reviewId, Long themeId, Class<T> type, String select) {
    String jpql =
        "select "
            + select
            + " from LearningEvent e where e.id is not null"
            + (reviewId != null ? " and e.review.id = :review" : "")
            + (themeId != null
                ? " and exists (select t from LearningEvent x join x.themes t"
                    + " where x = e and t.id = :theme)"
                : "")
            + (type == Long.class ? "" : " order by e.heldOn desc, e.id desc");
    TypedQuery<T> query = em.createQuery(jpql, type);
    if (reviewId != null) {
      query.setParameter("review", reviewId);
    }
    if (themeId != null) {
      query.setParameter("theme", themeId);
    }
    return query;
  }
}
