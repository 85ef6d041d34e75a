package org.casereviews.batch.childdeaths;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import org.casereviews.cdop.imports.ImportOrigin;

/** The import's first step: records the import of the file under the run's number. */
@Dependent
@Named("ImportBeginBatchlet")
public class ImportBeginBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "name")
  String name;

  @Inject
  @BatchProperty(name = "origin")
  String origin;

  @Inject
  @BatchProperty(name = "startedBy")
  String startedBy;

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject JobContext job;

  @EJB private ImportRunner runner;

  @Override
  public String process() {
    runner.begin(
        ImportNumber.of(job, importId),
        name == null || name.isBlank() ? Path.of(file).getFileName().toString() : name,
        file,
        origin == null || origin.isBlank() ? ImportOrigin.INBOX : ImportOrigin.valueOf(origin),
        startedBy == null || startedBy.isBlank() ? "schedule" : startedBy);
    return "BEGUN";
  }
}
