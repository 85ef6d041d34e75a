package org.casereviews.batch.childdeaths;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.casereviews.cdop.imports.DeathImport;
import org.casereviews.cdop.imports.ImportState;

/**
 * Moves the file once its import has ended: to {@code done/} when its rows were merged, to {@code
 * failed/} when the file was refused as a whole. A run that failed for another reason (the database
 * went away, the server stopped) leaves the file where it is, so that the run can be restarted from
 * its last checkpoint.
 */
@Dependent
@Named("ImportFileListener")
public class ImportFileListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(ImportFileListener.class.getName());

  @Inject
  @BatchProperty(name = "file")
  String file;

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject JobContext job;

  @Inject ImportInbox inbox;

  @EJB private ImportRunner runner;

  @Override
  public void afterJob() {
    Path path = Path.of(file);
    if (!Files.exists(path)) {
      return;
    }
    // the batch status is not final yet while job listeners run: the import's own state says
    ImportState state =
        runner
            .find(ImportNumber.of(job, importId))
            .map(DeathImport::getState)
            .orElse(ImportState.RUNNING);
    if (state != ImportState.RUNNING) {
      Path moved = inbox.moveEnded(path, state == ImportState.COMPLETED);
      LOG.info(
          () ->
              "Child-death import " + ImportNumber.of(job, importId) + ": file moved to " + moved);
    }
  }
}
