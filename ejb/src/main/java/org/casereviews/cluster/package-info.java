/**
 * What lets several instances of the application share one database safely: each instance's name
 * ({@link org.casereviews.cluster.InstanceName}) and the claims ({@link
 * org.casereviews.cluster.RunClaims}) by which one instance alone runs a scheduled job's run, or
 * resumes an import that had not ended. A claim is a row whose primary key lets only the first
 * instance in, so it holds whatever the instances' clocks say and on every database the application
 * supports. Used by the batch module's schedules; depends on the shared datasource and the security
 * roles only.
 */
package org.casereviews.cluster;
