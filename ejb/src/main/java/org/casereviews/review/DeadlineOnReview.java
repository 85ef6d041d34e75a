package org.casereviews.review;

/** A deadline together with the review it belongs to, for lists across reviews. */
public record DeadlineOnReview(Review review, Deadline deadline) {}
