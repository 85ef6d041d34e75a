/** The history of batch job runs, for the administrators' job screens and the dashboard. */
package org.casereviews.batch.jobs;
