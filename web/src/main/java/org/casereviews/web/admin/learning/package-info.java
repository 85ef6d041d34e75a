/**
 * The learning screens under /admin/learning/: the list of briefings and learning events with the
 * board's summary of their reach (by year, format, agency and review), the form that records or
 * changes an event with its attendance per agency, and the "Learning spread" list on a review's
 * page. Calls the learning, review and reference data services only.
 */
package org.casereviews.web.admin.learning;
