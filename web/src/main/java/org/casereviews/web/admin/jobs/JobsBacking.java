package org.casereviews.web.admin.jobs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.batch.jobs.BatchJob;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.web.Messages;
import org.casereviews.web.PagedList;
import org.primefaces.PrimeFaces;

/**
 * /admin/jobs/: the jobs an administrator may start, each with "Run now"; the run just started,
 * followed with a progress bar and its live counts until it ends; the recent runs, a page at a
 * time.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page's poll (widgetVar), started when a run starts and stopped when it ends. */
  static final String POLL = "runPoll";

  @EJB private JobHistory history;

  private Long following;
  private RunView followed;
  private Map<String, Long> running;

  private final PagedList<RunView> runs =
      new PagedList<>(
          () -> history.count(),
          (first, max, sortBy, ascending) ->
              history.page(first, max).stream().map(RunView::of).toList());

  /** "Run now": starts the job and follows the run. */
  public void run(String jobId) {
    Long started = Messages.attempt(() -> history.startNow(jobId));
    running = null;
    if (started != null) {
      following = started;
      refresh();
    }
  }

  /**
   * Reads the followed run again (the poll, every second). Once it has ended: stops the poll, and
   * shows the run among the recent ones and its job ready to run again.
   */
  public void refresh() {
    if (following == null) {
      return;
    }
    followed = history.find(following).map(RunView::of).orElse(null);
    if (followed == null || !followed.isRunning()) {
      running = null;
      PrimeFaces.current().executeScript("PF('" + POLL + "').stop();");
      PrimeFaces.current().ajax().update("jobs:catalogue", "runs:table");
    }
  }

  public List<BatchJob> getCatalogue() {
    return history.catalogue();
  }

  /** The number of the job's run still going, or null: its "Run now" waits until it ends. */
  public Long runningRun(String jobId) {
    if (running == null) {
      running = new HashMap<>();
      history
          .catalogue()
          .forEach(job -> running.put(job.id(), history.running(job.id()).orElse(null)));
    }
    return running.get(jobId);
  }

  /** The run started from this page, as last read; null before "Run now". */
  public RunView getFollowed() {
    return followed;
  }

  public PagedList<RunView> getRuns() {
    return runs;
  }
}
