package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casereviews.agency.Agency;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewCriteria;
import org.casereviews.review.ReviewSearch;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTheme;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.web.PagedList;

/**
 * /admin/reviews/: every review, a page at a time, filtered by kind, status, year, theme and agency
 * and searched by reference, pseudonym, summary and themes, all in the database.
 */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewSearch search;

  @EJB private ReferenceDataService referenceData;

  private ReviewType type;
  private ReviewStatus status;
  private Integer year;
  private Long themeId;
  private Long agencyId;
  private String text;
  private ReviewCriteria criteria = ReviewCriteria.any();

  private final PagedList<Review> reviews =
      new PagedList<>(
          () -> search.count(criteria),
          (first, max, sortBy, ascending) ->
              search.search(criteria, first, max, sortBy, ascending));

  public void apply() {
    criteria = new ReviewCriteria(type, status, year, themeId, agencyId, text);
  }

  public void clear() {
    type = null;
    status = null;
    year = null;
    themeId = null;
    agencyId = null;
    text = null;
    criteria = ReviewCriteria.any();
  }

  public PagedList<Review> getReviews() {
    return reviews;
  }

  public ReviewType[] getTypes() {
    return ReviewType.values();
  }

  public ReviewStatus[] getStatuses() {
    return ReviewStatus.values();
  }

  public List<ReviewTheme> getThemes() {
    return referenceData.list(ReviewTheme.class);
  }

  public List<Agency> getAgencies() {
    return referenceData.list(Agency.class);
  }

  public ReviewType getType() {
    return type;
  }

  public void setType(ReviewType type) {
    this.type = type;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public void setStatus(ReviewStatus status) {
    this.status = status;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
