/**
 * Holding partners to account: the agency actions that answer a review's recommendations, their due
 * dates and slippage, progress notes and evidence from the owning agency, and the partnership's
 * assurance. Agency liaison officers see and update only their own agency's actions. Depends on
 * review, agency, audit, security and shared.
 */
package org.casereviews.action;
