/**
 * The child-death import job ({@code child-death-import}): a format-v1 file, dropped in the inbox
 * folder or uploaded, is read a chunk at a time with its place kept in a checkpoint, each row
 * staged or rejected by the rules of {@code org.casereviews.cdop.imports}, then merged set-based
 * into the notifications and child death records; the file moves to {@code done/} or {@code
 * failed/} once the run has ended, its rejected rows beside it. The inbox job ({@code
 * child-death-inbox}) starts an import of every file waiting in the inbox, every night and on
 * demand. Depends on the job history of {@code org.casereviews.batch.jobs} and the services of
 * {@code org.casereviews.cdop}.
 */
package org.casereviews.batch.childdeaths;
