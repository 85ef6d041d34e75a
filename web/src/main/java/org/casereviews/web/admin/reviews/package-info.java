/**
 * The review screens under /admin/reviews/: the list (paged and filtered in the database), one
 * review with its deadlines, timeline, next steps, findings and recommendations, and the form that
 * opens or changes a review. Calls the review services only.
 */
package org.casereviews.web.admin.reviews;
