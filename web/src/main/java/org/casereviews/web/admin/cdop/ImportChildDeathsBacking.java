package org.casereviews.web.admin.cdop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.cdop.imports.ChildDeathImports;
import org.casereviews.cdop.imports.DeathImport;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.cdop.imports.ImportOutcome;
import org.casereviews.review.RejectedRow;
import org.casereviews.web.Messages;
import org.casereviews.web.admin.jobs.RunView;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/cdop/import.xhtml: a format-v1 file uploaded and its import started, then followed on a
 * progress bar (polled every second) until it ends; afterwards the rows read, loaded and rejected,
 * the import's summary and the rejected rows with line, column and reason. Below, the recent
 * imports with their outcome; {@code ?run=N} opens one of them.
 */
@Named
@ViewScoped
public class ImportChildDeathsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's poll (widgetVar). */
  static final String POLL = "importPoll";

  private static final int RECENT = 10;

  private static final int REJECTED_SHOWN = 200;

  @EJB private ChildDeathImport importer;

  @EJB private ChildDeathImports imports;

  private transient UploadedFile file;
  private Long run;
  private RunView followed;
  private List<RejectedRow> rejected = List.of();
  private ImportOutcome outcome;
  private String failure;

  /** Runs when the page opens: follows the run of {@code ?run=}, if one was given. */
  public void load() {
    if (run != null) {
      refresh();
    }
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("file", "Choose the child-death file (CSV, format v1) to import.");
      return;
    }
    Long started =
        Messages.attempt(
            () -> {
              try (InputStream content = file.getInputStream()) {
                return importer.upload(content, file.getFileName(), ImportOrigin.SCREEN);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (started != null) {
      run = started;
      refresh();
    }
  }

  /** Reads the run again (the poll); once it has ended, stops the poll and reads what it did. */
  public void refresh() {
    if (run == null) {
      return;
    }
    followed = importer.find(run).map(RunView::of).orElse(null);
    if (followed == null || !followed.isRunning()) {
      rejected = followed == null ? List.of() : imports.rejected(run, 0, REJECTED_SHOWN);
      DeathImport ended = imports.find(run).orElse(null);
      outcome = ended == null ? null : ended.getOutcome();
      failure = ended == null ? null : ended.getFailure();
      if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
        PrimeFaces.current().executeScript("PF('" + POLL + "').stop();");
        PrimeFaces.current().ajax().update("recent:table");
      }
    }
  }

  /** The run followed, as last read; null before a file is uploaded. */
  public RunView getFollowed() {
    return followed;
  }

  public boolean isRunning() {
    return followed != null && followed.isRunning();
  }

  /** What the import did, once it has ended; null before. */
  public ImportOutcome getOutcome() {
    return outcome;
  }

  /** Why the import loaded nothing, when the file was not format v1 at all. */
  public String getFailure() {
    return failure;
  }

  public List<RejectedRow> getRejected() {
    return rejected;
  }

  public List<DeathImport> getRecent() {
    return imports.recent(RECENT);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public Long getRun() {
    return run;
  }

  public void setRun(Long run) {
    this.run = run;
  }
}
