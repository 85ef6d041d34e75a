/**
 * Case reviews (rapid reviews, Serious Case Reviews, LCSPRs, thematic reviews...). For now the
 * themes a review is tagged with; the reviews themselves follow. Depends on {@code shared}, {@code
 * agency}, {@code audit} and {@code security}.
 */
package org.casereviews.review;
