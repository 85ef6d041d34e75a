package org.casereviews.operations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.casereviews.security.AuthenticationOutcome.Refusal;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The counters an operator watches, in MicroProfile Metrics' application scope (the server's {@code
 * /metrics?scope=application}, in Prometheus' text format): batch jobs run, rows of files imported
 * and rejected, sign-ins refused. Counts only: no name, reference or other personal data is in a
 * metric, or in its tags.
 */
@ApplicationScoped
public class OperationsMetrics {

  /** {@code casereviews_jobs_run_total{job="..."}}: runs of each batch job that have ended. */
  public static final String JOBS_RUN = "casereviews_jobs_run";

  /**
   * {@code casereviews_rows_imported_total{file="child-deaths"}}: rows loaded from files ({@code
   * file="review-history"} for review history files).
   */
  public static final String ROWS_IMPORTED = "casereviews_rows_imported";

  /** {@code casereviews_rows_rejected_total{file="child-deaths"}}: rows rejected, with a reason. */
  public static final String ROWS_REJECTED = "casereviews_rows_rejected";

  /**
   * {@code casereviews_logins_failed_total{reason="WRONG_PASSWORD"}}: sign-ins refused, by the
   * reason the security log gives (an unknown user, a wrong password, a locked or disabled
   * account).
   */
  public static final String LOGINS_FAILED = "casereviews_logins_failed";

  /** The {@code file} tag of the rows of child-death files (format v1). */
  public static final String CHILD_DEATHS = "child-deaths";

  /** The {@code file} tag of the rows of review history files. */
  public static final String REVIEW_HISTORY = "review-history";

  @Inject MetricRegistry registry;

  /**
   * The counters of sign-ins and of the child-death import at 0 from the start, so that they are
   * there to watch (and the application's scope answers) before the first of each happens.
   */
  @PostConstruct
  void register() {
    for (Refusal refusal : Refusal.values()) {
      registry.counter(LOGINS_FAILED, new Tag("reason", refusal.name()));
    }
    for (String file : new String[] {CHILD_DEATHS, REVIEW_HISTORY}) {
      Tag kind = new Tag("file", file);
      registry.counter(ROWS_IMPORTED, kind);
      registry.counter(ROWS_REJECTED, kind);
    }
  }

  void createAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object application) {
    // observing the start of the application makes the container create this bean then
  }

  /** A run of {@code job} has ended, however it ended. */
  public void jobEnded(String job) {
    registry.counter(JOBS_RUN, new Tag("job", job)).inc();
  }

  /** An import of a {@code file} kind (such as {@code child-deaths}) loaded and rejected rows. */
  public void rowsImported(String file, long loaded, long rejected) {
    Tag kind = new Tag("file", file);
    registry.counter(ROWS_IMPORTED, kind).inc(loaded);
    registry.counter(ROWS_REJECTED, kind).inc(rejected);
  }

  /** An import's rows, counted once its transaction has committed. */
  void rowsImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) RowsImported rows) {
    rowsImported(rows.file(), rows.loaded(), rows.rejected());
  }

  /** A sign-in was refused, for {@code reason}. */
  public void loginFailed(Refusal reason) {
    registry.counter(LOGINS_FAILED, new Tag("reason", reason.name())).inc();
  }
}
