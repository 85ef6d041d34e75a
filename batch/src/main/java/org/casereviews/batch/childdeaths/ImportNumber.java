package org.casereviews.batch.childdeaths;

import jakarta.batch.runtime.context.JobContext;

/**
 * The number of the import a run works on: the run's own number, unless the run goes on with an
 * import that an earlier run began (its {@code importId} parameter), as a restart or a resume after
 * the server stopped does. The staged rows, the rejections and the outcome are all kept under it.
 */
final class ImportNumber {

  private ImportNumber() {}

  static long of(JobContext job, String importId) {
    return importId == null || importId.isBlank()
        ? job.getExecutionId()
        : Long.parseLong(importId.strip());
  }
}
