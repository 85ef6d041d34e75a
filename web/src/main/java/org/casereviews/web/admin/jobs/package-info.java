/**
 * The batch job screens under /admin/jobs/ (partnership administrators): the catalogue of jobs with
 * a "Run now" button each and a progress bar that follows the run just started, the recent runs,
 * and one run with its report laid out for reading. Calls the batch module's job history only.
 */
package org.casereviews.web.admin.jobs;
