/**
 * Reviews of every kind (rapid reviews, LCSPRs, SCRs, thematic reviews, SILPs, audits...): their
 * references, lifecycle ({@link org.casereviews.review.ReviewLifecycle}), statutory deadlines in
 * working days ({@link org.casereviews.review.ReviewDeadlines}), the triage of notifications that
 * opens rapid reviews, findings and recommendations, and the import of a partnership's past reviews
 * from a CSV file ({@link org.casereviews.review.HistoricReviewImport}). Depends on notification,
 * agency, audit, security and shared; knows nothing of screens or the API.
 */
package org.casereviews.review;
