package org.casereviews.batch.childdeaths;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casereviews.cdop.imports.ImportOutcome;
import org.casereviews.operations.OperationsMetrics;
import org.casereviews.review.RejectedRow;

/**
 * The import's last step: merges the staged rows, writes the rejected ones beside the file as
 * {@code <name>.rejected.csv} (line, column, reason), and keeps the report: what the import did,
 * with its counts and the first {@value #REPORTED} rejected rows.
 */
@Dependent
@Named("ImportMergeBatchlet")
public class ImportMergeBatchlet extends AbstractBatchlet {

  /** The rejected rows the report shows; the file beside the import has them all. */
  static final int REPORTED = 100;

  private static final int PAGE = 1000;

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  /**
   * The merge's transaction, in seconds: the merge is one transaction whatever the file's size, and
   * a million rows take minutes. A batchlet's transactions are its own: without this, the merge's
   * would have the 180 seconds the read step left as the thread's default.
   */
  @Inject
  @BatchProperty(name = "transactionTimeout")
  String transactionTimeout;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject UserTransaction transaction;

  @EJB private ImportRunner runner;

  @Inject OperationsMetrics metrics;

  @Override
  public String process() {
    long number = ImportNumber.of(job, importId);
    ImportOutcome outcome = mergeInOneTransaction(number);
    metrics.rowsImported(
        OperationsMetrics.CHILD_DEATHS, outcome.rowsLoaded(), outcome.rowsRejected());
    Path rejectedFile = outcome.rowsRejected() == 0 ? null : writeRejected(number);
    step.setPersistentUserData(report(outcome, runner.rejected(number, 0, REPORTED), rejectedFile));
    return "IMPORTED " + outcome.rowsLoaded();
  }

  private ImportOutcome mergeInOneTransaction(long number) {
    boolean committed = false;
    try {
      transaction.setTransactionTimeout(
          transactionTimeout == null || transactionTimeout.isBlank()
              ? 3600
              : Integer.parseInt(transactionTimeout.strip()));
      transaction.begin();
      ImportOutcome outcome = runner.merge(number);
      transaction.commit();
      committed = true;
      return outcome;
    } catch (NotSupportedException
        | SystemException
        | RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException e) {
      throw new IllegalStateException("The merge of import " + number + " was not committed", e);
    } finally {
      if (!committed) {
        rollBack();
      }
      try {
        transaction.setTransactionTimeout(0);
      } catch (SystemException e) {
        // the next transaction of this thread has the server's default either way
      }
    }
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException e) {
      // the failure that brought us here is the one to report
    }
  }

  private Path writeRejected(long number) {
    Path target = ImportInbox.rejectedFile(Path.of(file));
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("line", "column", "reason");
      for (int first = 0; ; first += PAGE) {
        List<RejectedRow> page = runner.rejected(number, first, PAGE);
        for (RejectedRow row : page) {
          csv.printRecord(row.line(), row.column() == null ? "" : row.column(), row.reason());
        }
        if (page.size() < PAGE) {
          return target;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The rejected rows could not be written to " + target, e);
    }
  }

  static String report(ImportOutcome outcome, List<RejectedRow> firstRejected, Path rejectedFile) {
    JsonArrayBuilder rejected = Json.createArrayBuilder();
    for (RejectedRow row : firstRejected) {
      var item = Json.createObjectBuilder().add("line", row.line());
      if (row.column() == null) {
        item.addNull("column");
      } else {
        item.add("column", row.column());
      }
      rejected.add(item.add("reason", row.reason()));
    }
    var report =
        Json.createObjectBuilder()
            .add("summary", outcome.summary())
            .add(
                "counts",
                Json.createObjectBuilder()
                    .add("read", outcome.rowsRead())
                    .add("written", outcome.rowsLoaded())
                    .add("skipped", outcome.rowsRejected()))
            .add("rowsRead", outcome.rowsRead())
            .add("rowsLoaded", outcome.rowsLoaded())
            .add("rowsRejected", outcome.rowsRejected())
            .add("notificationsNew", outcome.notificationsNew())
            .add("notificationsUpdated", outcome.notificationsUpdated())
            .add("childDeathsNew", outcome.deathsNew())
            .add("notificationsMerged", outcome.deathsMerged())
            .add("matchesToConfirm", outcome.matchesQueued())
            .add("rejectedRows", rejected);
    if (rejectedFile != null) {
      report.add("rejectedFile", rejectedFile.getFileName().toString());
    }
    return report.build().toString();
  }
}
