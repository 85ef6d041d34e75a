package org.casereviews.review;

import java.time.LocalDate;

/**
 * Fired (as a CDI event, in the mover's transaction) when a review has moved in its lifecycle, so
 * that other areas can follow without the review area knowing them: publication withdraws an
 * archived review's documents.
 */
public record ReviewMoved(long reviewId, ReviewStatus from, ReviewStatus to, LocalDate on) {}
