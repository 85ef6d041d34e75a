/**
 * The batch jobs as the administrators see them: the {@link
 * org.casereviews.batch.jobs.JobCatalogue} of jobs they may start by hand, the history of runs
 * ({@link org.casereviews.batch.jobs.JobHistory}, through which every job is started and read) and
 * the progress a running job publishes ({@link org.casereviews.batch.jobs.JobProgress}). Used by
 * the jobs of the sibling packages and by the web module's job screen, dashboard and API; depends
 * on the ejb module's security roles and exceptions only.
 */
package org.casereviews.batch.jobs;
