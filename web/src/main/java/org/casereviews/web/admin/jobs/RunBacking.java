package org.casereviews.web.admin.jobs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.casereviews.batch.jobs.JobHistory;
import org.primefaces.PrimeFaces;

/**
 * /admin/jobs/run.xhtml?id=: one run with its counts and its report laid out for reading; a run
 * still going is followed with a progress bar until it ends.
 */
@Named
@ViewScoped
public class RunBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private JobHistory history;

  private Long id;
  private RunView run;
  private String refusal;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id == null) {
      refusal = "No job run was chosen.";
      return;
    }
    run = history.find(id).map(RunView::of).orElse(null);
    if (run == null) {
      refusal = "There is no job run with number " + id + ".";
    }
  }

  /** Reads the run again (the poll, while it runs); stops the poll once it has ended. */
  public void refresh() {
    if (run == null) {
      return;
    }
    run = history.find(id).map(RunView::of).orElse(run);
    if (!run.isRunning()) {
      PrimeFaces.current().executeScript("PF('" + JobsBacking.POLL + "').stop();");
    }
  }

  public boolean isMissing() {
    return run == null;
  }

  public RunView getRun() {
    return run;
  }

  public String getRefusal() {
    return refusal;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
