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

  @Inject JobContext job;

  @Inject StepContext step;

  @EJB private ImportRunner runner;

  @Override
  public String process() {
    long number = ImportNumber.of(job, importId);
    ImportOutcome outcome = runner.merge(number);
    Path rejectedFile = outcome.rowsRejected() == 0 ? null : writeRejected(number);
    step.setPersistentUserData(report(outcome, runner.rejected(number, 0, REPORTED), rejectedFile));
    return "IMPORTED " + outcome.rowsLoaded();
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
