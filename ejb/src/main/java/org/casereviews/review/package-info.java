/**
 * Reviews of every kind (rapid reviews, LCSPRs, SCRs, thematic reviews, SILPs, audits...): their
 * references, lifecycle ({@link org.casereviews.review.ReviewLifecycle}), statutory deadlines in
 * working days ({@link org.casereviews.review.ReviewDeadlines}), the triage of notifications that
 * opens rapid reviews, and findings and recommendations. Depends on notification, agency, audit,
 * security and shared; knows nothing of screens or the API.
 */
package org.casereviews.review;
