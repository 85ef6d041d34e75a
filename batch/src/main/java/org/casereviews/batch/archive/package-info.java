/**
 * The nightly archive job ({@code review-archive}): one batchlet that has {@code
 * publication.ArchiveService} archive, as a partnership administrator, what is due on the day given
 * (today unless a run says otherwise), and keeps what it did as the run's report.
 */
package org.casereviews.batch.archive;
