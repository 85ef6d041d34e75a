package org.casereviews.batch.jobs;

import java.util.List;
import java.util.Optional;

/**
 * The batch jobs an administrator can start from the job screen or the API, in the order the screen
 * lists them. A new job is one more entry here (and its XML under {@code META-INF/batch-jobs}); the
 * screen, the API and the job history pick it up from this list.
 */
public final class JobCatalogue {

  private static final List<BatchJob> JOBS =
      List.of(
          new BatchJob(
              "action-reminders",
              "Action reminders",
              "E-mails each agency's liaison officers their open actions that are overdue or due"
                  + " within 14 days, and sends the partnership a digest of the overdue ones."),
          new BatchJob(
              "review-archive",
              "Review archive",
              "Archives every published review whose publication is more than the archive period"
                  + " (three years unless configured) ago, unless it is held: its full documents"
                  + " leave the public page and are then available on request."),
          new BatchJob(
              "child-death-inbox",
              "Child-death inbox",
              "Imports every child-death file waiting in the inbox folder: each file becomes a run"
                  + " of the child-death import, which loads its good rows, reports the rejected"
                  + " ones and then moves the file to done/ or failed/."));

  private JobCatalogue() {}

  public static List<BatchJob> all() {
    return JOBS;
  }

  public static Optional<BatchJob> find(String id) {
    return JOBS.stream().filter(job -> job.id().equals(id)).findFirst();
  }

  /** The job's label, or its id for a job that is not (or no longer) in the catalogue. */
  public static String labelOf(String id) {
    return find(id).map(BatchJob::label).orElse(id);
  }
}
