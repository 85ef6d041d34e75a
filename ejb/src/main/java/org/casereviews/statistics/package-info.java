/**
 * The statistics the partnership publishes (DOMAIN.md section 5): reviews commissioned per year,
 * child deaths beside those that led to a review, the area's reviews against its share of England's
 * child population with an exact Poisson interval, funnel plots against other areas, and the Child
 * Death Overview Panel's breakdowns with small numbers suppressed wherever a figure can leave the
 * building. Every figure is counted by the database; the reference data it needs (populations,
 * England's reviews, other areas' counts, postcode deprivation deciles) is loaded here from CSV
 * files. Depends on the review and cdop areas' tables and on shared; nothing depends on it but the
 * web layer.
 */
package org.casereviews.statistics;
