package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;

/**
 * The findings and recommendations of a review, numbered in the order they are recorded. Review
 * officers and administrators record them; viewers read them.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
public class FindingService {

  static final String FINDING = "Finding";
  static final String RECOMMENDATION = "Recommendation";

  @PersistenceContext private EntityManager em;

  @EJB private ReviewService reviews;

  @EJB private AuditTrail audit;

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<Finding> findings(long reviewId) {
    return em.createQuery(
            "select f from Finding f where f.review.id = :id order by f.number", Finding.class)
        .setParameter("id", reviewId)
        .getResultList();
  }

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
  public List<Recommendation> recommendations(long reviewId) {
    return em.createQuery(
            "select r from Recommendation r where r.review.id = :id order by r.number",
            Recommendation.class)
        .setParameter("id", reviewId)
        .getResultList();
  }

  public Finding addFinding(long reviewId, String text, Set<Long> themeIds) {
    Review review = lockedReview(reviewId);
    Finding finding =
        new Finding(review, findings(reviewId).size() + 1, checkedText(text, "finding"));
    finding.setThemes(themes(themeIds));
    em.persist(finding);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        FINDING,
        finding.getId(),
        review.getReference() + " #" + finding.getNumber());
    return finding;
  }

  public Finding updateFinding(long id, long version, String text, Set<Long> themeIds) {
    Finding finding = em.find(Finding.class, id);
    if (finding == null) {
      throw new NotFoundException("There is no finding with number " + id + ".");
    }
    checkVersion(finding.getVersion(), version, "finding " + finding.getNumber());
    finding.setText(checkedText(text, "finding"));
    finding.setThemes(themes(themeIds));
    audit.record(AuditAction.UPDATE, FINDING, id, null);
    return finding;
  }

  /**
   * @param findingId the finding the recommendation answers, or null
   */
  public Recommendation addRecommendation(
      long reviewId, Long findingId, String text, Set<Long> themeIds) {
    Review review = lockedReview(reviewId);
    Recommendation recommendation =
        new Recommendation(
            review, recommendations(reviewId).size() + 1, checkedText(text, "recommendation"));
    recommendation.setFinding(finding(review, findingId));
    recommendation.setThemes(themes(themeIds));
    em.persist(recommendation);
    em.flush();
    audit.record(
        AuditAction.CREATE,
        RECOMMENDATION,
        recommendation.getId(),
        review.getReference() + " #" + recommendation.getNumber());
    return recommendation;
  }

  public Recommendation updateRecommendation(
      long id, long version, Long findingId, String text, Set<Long> themeIds) {
    Recommendation recommendation = em.find(Recommendation.class, id);
    if (recommendation == null) {
      throw new NotFoundException("There is no recommendation with number " + id + ".");
    }
    checkVersion(
        recommendation.getVersion(), version, "recommendation " + recommendation.getNumber());
    recommendation.setText(checkedText(text, "recommendation"));
    recommendation.setFinding(finding(recommendation.getReview(), findingId));
    recommendation.setThemes(themes(themeIds));
    audit.record(AuditAction.UPDATE, RECOMMENDATION, id, null);
    return recommendation;
  }

  /** The review, locked so that two officers adding at once do not get the same number. */
  private Review lockedReview(long reviewId) {
    Review review = reviews.get(reviewId);
    em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    return review;
  }

  private Finding finding(Review review, Long findingId) {
    if (findingId == null) {
      return null;
    }
    Finding finding = em.find(Finding.class, findingId);
    if (finding == null || !finding.getReview().getId().equals(review.getId())) {
      throw new BusinessException(
          "finding", "Finding " + findingId + " is not one of this review's findings.");
    }
    return finding;
  }

  private Set<ReviewTheme> themes(Set<Long> ids) {
    return ReviewFields.found(em, ids, ReviewTheme.class, "themes", "review theme");
  }

  private static String checkedText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new BusinessException("text", "Write the " + what + ".");
    }
    if (text.strip().length() > 4000) {
      throw new BusinessException("text", "A " + what + " can be at most 4000 characters.");
    }
    return text.strip();
  }

  private static void checkVersion(long stored, long given, String what) {
    if (stored != given) {
      throw new ConflictException(
          "version",
          "Someone else changed " + what + " meanwhile. Reload the review and try again.");
    }
  }
}
