package org.casereviews.batch.childdeaths;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.cdop.imports.CheckedRow;
import org.casereviews.cdop.imports.NotificationRow;
import org.casereviews.review.RejectedRow;

/**
 * Stages a chunk of checked rows in the chunk's transaction: the good ones to be merged, the
 * rejected ones with their line, column and reason.
 */
@Dependent
@Named("ImportWriter")
public class ImportWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject JobContext job;

  @EJB private ImportRunner runner;

  @Override
  public void writeItems(List<Object> items) {
    List<NotificationRow> rows = new ArrayList<>(items.size());
    List<RejectedRow> rejected = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Object item : items) {
      CheckedRow row = (CheckedRow) item;
      if (row instanceof CheckedRow.Accepted accepted) {
        rows.add(accepted.notification());
      } else if (row instanceof CheckedRow.Rejected refused) {
        rejected.add(refused.rejection());
      }
      first = Math.min(first, row.line());
      last = Math.max(last, row.line());
    }
    if (!items.isEmpty()) {
      runner.stage(ImportNumber.of(job, importId), first, last, rows, rejected);
    }
  }
}
