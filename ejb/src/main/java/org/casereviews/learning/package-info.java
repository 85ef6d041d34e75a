/**
 * Learning and dissemination: the practitioner briefings, briefing notes, workshops and other
 * events through which the partnership spreads what its reviews found, each linked to the review it
 * comes from or to the themes it covers, with how many people from each agency took part, and the
 * board's summary of that reach. Depends on review, agency, audit, security and shared.
 */
package org.casereviews.learning;
