package org.casereviews.batch.archive;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casereviews.publication.ArchiveOutcome;
import org.casereviews.shared.Today;

/** The archive's one step: archives what is due on the run's day and keeps the outcome as JSON. */
@Dependent
@Named("ArchiveBatchlet")
public class ArchiveBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "asOf")
  String asOf;

  @Inject StepContext step;

  @EJB private ArchiveRunner runner;

  @Override
  public String process() {
    ArchiveOutcome outcome = runner.archiveDue(day(asOf));
    step.setPersistentUserData(report(outcome));
    return "ARCHIVED " + outcome.reviews();
  }

  static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return Today.inEngland();
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The archive's asOf is '" + value + "': give a day as yyyy-MM-dd, such as 2026-11-22.",
          e);
    }
  }

  static String report(ArchiveOutcome outcome) {
    return Json.createObjectBuilder()
        .add("summary", outcome.summary())
        .add("asOf", outcome.asOf().toString())
        .add("archivedAfter", outcome.after().toString())
        .add("publishedBefore", outcome.cutoff().toString())
        .add("reviewsArchived", outcome.reviews())
        .add("documentsWithdrawn", outcome.documents())
        .add("reviewsHeld", outcome.held())
        .add("archiveRun", outcome.runId())
        .build()
        .toString();
  }
}
