package org.casereviews.review;

/**
 * What a list of reviews is filtered by; every part is optional. {@code year} is the calendar year
 * the review was opened (for a review imported from history, the first date the file gives); {@code
 * text} is searched in the reference, pseudonym, summary and theme names.
 */
public record ReviewCriteria(
    ReviewType type, ReviewStatus status, Integer year, Long themeId, Long agencyId, String text) {

  public static ReviewCriteria any() {
    return new ReviewCriteria(null, null, null, null, null, null);
  }
}
