package org.casereviews.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTheme;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;

/**
 * The public side of publication: the published reviews (newest first, by year and theme) with
 * their public documents, and the public downloads, which answer 410 once a document has been
 * archived and 404 for anything not published. Open to anyone; refused downloads are audited.
 */
@Stateless
@PermitAll
public class PublicReviews {

  /** The statuses of reviews the public page shows. */
  static final List<ReviewStatus> SHOWN =
      List.of(ReviewStatus.PUBLISHED, ReviewStatus.SUMMARY_ONLY, ReviewStatus.ARCHIVED);

  @PersistenceContext private EntityManager em;

  @EJB private ReviewService reviews;

  @EJB private AuditTrail audit;

  @EJB private ArchiveService archive;

  /** One page of the published reviews, newest first, of a year and a theme when given. */
  public List<PublicReview> page(Integer year, Long themeId, int first, int max) {
    List<Review> found =
        query(
                "select r",
                year,
                themeId,
                " order by r.dates.publishedOn desc, r.id desc",
                Review.class)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return describe(found);
  }

  public long count(Integer year, Long themeId) {
    return query("select count(r)", year, themeId, "", Long.class).getSingleResult();
  }

  /** The years in which reviews were published, newest first. */
  public List<Integer> years() {
    return em
        .createQuery(
            "select r.dates.publishedOn from Review r where r.status in :shown"
                + " and r.dates.publishedOn is not null",
            LocalDate.class)
        .setParameter("shown", SHOWN)
        .getResultList()
        .stream()
        .map(LocalDate::getYear)
        .distinct()
        .sorted((a, b) -> b - a)
        .toList();
  }

  /** The themes of published reviews, by name. */
  public List<ReviewTheme> themes() {
    return em.createQuery(
            "select distinct t from Review r join r.themes t where r.status in :shown"
                + " and r.dates.publishedOn is not null order by t.name",
            ReviewTheme.class)
        .setParameter("shown", SHOWN)
        .getResultList();
  }

  /** A published review, for the request form and the request links. */
  public Optional<PublicReview> find(long reviewId) {
    Review review = em.find(Review.class, reviewId);
    if (review == null
        || !SHOWN.contains(review.getStatus())
        || review.getDates().getPublishedOn() == null) {
      return Optional.empty();
    }
    return Optional.of(describe(List.of(review)).get(0));
  }

  /** A public download: audited, whether given or refused. */
  public PublicFile open(long documentId) {
    ReviewDocument document = em.find(ReviewDocument.class, documentId);
    if (document == null
        || !document.isPublicDocument()
        || document.getCurrent() == null
        || !SHOWN.contains(document.getReview().getStatus())) {
      audit.record(
          AuditAction.ACCESS_DENIED,
          DocumentService.RECORD_TYPE,
          documentId,
          "public download refused: no such published document");
      return new PublicFile.Missing();
    }
    Review review = document.getReview();
    LocalDate withdrawn = document.withdrawnOn(archive.keptPublic());
    if (withdrawn != null) {
      audit.record(
          AuditAction.ACCESS_DENIED,
          DocumentService.RECORD_TYPE,
          documentId,
          "public download refused: archived on " + withdrawn);
      return new PublicFile.Archived(review.getId(), review.getPseudonym(), withdrawn);
    }
    audit.record(
        AuditAction.READ,
        DocumentService.RECORD_TYPE,
        documentId,
        "public download: " + document.getCurrent().getFileName());
    return new PublicFile.Available(StoredFile.of(document.getCurrent()));
  }

  /** Sets what the public page says of a review (its internal summary is never shown). */
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER})
  public Review setPublicSummary(long reviewId, long version, String text) {
    Review review = reviews.get(reviewId);
    if (review.getVersion() != version) {
      throw new ConflictException(
          "version", "Someone else changed this review in the meantime: reload it and try again.");
    }
    String summary = text == null || text.isBlank() ? null : text.strip();
    if (summary != null && summary.length() > 4000) {
      throw new BusinessException("publicSummary", "Keep the public summary to 4000 characters.");
    }
    review.setPublicSummary(summary);
    audit.record(AuditAction.UPDATE, ReviewService.RECORD_TYPE, reviewId, "public summary");
    return review;
  }

  private <T> TypedQuery<T> query(
      String select, Integer year, Long themeId, String order, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(" from Review r where r.status in :shown and r.dates.publishedOn is not null");
    if (year != null) {
      jpql.append(" and r.dates.publishedOn >= :from and r.dates.publishedOn < :to");
    }
    if (themeId != null) {
      jpql.append(" and exists (select t from Review r2 join r2.themes t")
          .append(" where r2 = r and t.id = :theme)");
    }
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    query.setParameter("shown", SHOWN);
    if (year != null) {
      query.setParameter("from", LocalDate.of(year, 1, 1));
      query.setParameter("to", LocalDate.of(year + 1, 1, 1));
    }
    if (themeId != null) {
      query.setParameter("theme", themeId);
    }
    return query;
  }

  private List<PublicReview> describe(List<Review> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    List<Long> ids = found.stream().map(Review::getId).toList();
    Map<Long, List<PublicDocument>> documents = documentsOf(found);
    Map<Long, List<String>> themes = themesOf(ids);
    List<PublicReview> page = new ArrayList<>();
    for (Review r : found) {
      page.add(
          new PublicReview(
              r.getId(),
              r.getReference(),
              r.getPseudonym(),
              r.getType().getLabel(),
              r.getCategory().getLabel(),
              r.getDates().getPublishedOn(),
              r.getStatus() == ReviewStatus.ARCHIVED ? archivedOn(r) : null,
              r.getPublicSummary(),
              themes.getOrDefault(r.getId(), List.of()),
              documents.getOrDefault(r.getId(), List.of())));
    }
    return page;
  }

  private static LocalDate archivedOn(Review review) {
    LocalDate on = review.getDates().getArchivedOn();
    return on != null ? on : review.getDates().getPublishedOn();
  }

  private Map<Long, List<PublicDocument>> documentsOf(List<Review> reviews) {
    List<Long> reviewIds = reviews.stream().map(Review::getId).toList();
    Map<Long, Review> review = new HashMap<>();
    reviews.forEach(r -> review.put(r.getId(), r));
    Set<DocumentKind> kept = archive.keptPublic();
    Map<Long, List<PublicDocument>> byReview = new LinkedHashMap<>();
    em
        .createQuery(
            "select d.review.id, d.id, d.kind, d.title, v.fileType, v.fileName, v.sizeBytes"
                + " from ReviewDocument d join d.current v"
                + " where d.review.id in :ids and d.publicDocument = true"
                + " order by d.kind, d.title, d.id",
            Object[].class)
        .setParameter("ids", reviewIds)
        .getResultList()
        .stream()
        // the kinds in their own order (full report first), not in the alphabetical order of
        // their stored names
        .sorted(Comparator.comparing(row -> ((DocumentKind) row[2]).ordinal()))
        .forEach(
            row ->
                byReview
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(
                        new PublicDocument(
                            (Long) row[1],
                            ((DocumentKind) row[2]).getLabel(),
                            (String) row[3],
                            ((DocumentFileType) row[4]).getLabel(),
                            (String) row[5],
                            (Long) row[6],
                            ReviewDocument.withdrawnOn(
                                review.get((Long) row[0]), (DocumentKind) row[2], kept))));
    return byReview;
  }

  private Map<Long, List<String>> themesOf(List<Long> reviewIds) {
    Map<Long, List<String>> byReview = new LinkedHashMap<>();
    em.createQuery(
            "select r.id, t.name from Review r join r.themes t where r.id in :ids order by t.name",
            Object[].class)
        .setParameter("ids", reviewIds)
        .getResultList()
        .forEach(
            row ->
                byReview
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add((String) row[1]));
    return byReview;
  }
}
