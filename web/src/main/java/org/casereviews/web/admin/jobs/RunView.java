package org.casereviews.web.admin.jobs;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.batch.jobs.JobRun;

/**
 * One job run as the job screens show it: the job's label, the status in words, how long it took
 * (or has taken so far), its counts, its progress bar and its report.
 */
public final class RunView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> STATUSES =
      Map.of(
          "STARTING", "Starting",
          "STARTED", "Running",
          "STOPPING", "Stopping",
          "STOPPED", "Stopped",
          "FAILED", "Failed",
          "COMPLETED", "Completed",
          "ABANDONED", "Abandoned");

  private final JobReport report;
  private final ReportView details;

  private RunView(JobReport report) {
    this.report = report;
    this.details = ReportView.of(report.report());
  }

  public static RunView of(JobReport report) {
    return new RunView(report);
  }

  private JobRun run() {
    return report.run();
  }

  public long getExecutionId() {
    return run().executionId();
  }

  public String getJob() {
    return run().jobName();
  }

  public String getLabel() {
    return run().label();
  }

  /** The batch status as the API gives it: STARTED, COMPLETED, FAILED... */
  public String getStatus() {
    return run().status();
  }

  public String getStatusLabel() {
    return STATUSES.getOrDefault(run().status(), run().status());
  }

  public boolean isRunning() {
    return run().running();
  }

  /** Whether the run ended without doing its work. */
  public boolean isFailed() {
    return !isRunning() && !"COMPLETED".equals(run().status());
  }

  public String getExitStatus() {
    return run().exitStatus();
  }

  public Instant getStartedAt() {
    return run().startedAt();
  }

  public Instant getEndedAt() {
    return run().endedAt();
  }

  /** How long the run took, or has taken so far. */
  public String getDuration() {
    return duration(run().startedAt(), run().endedAt(), Instant.now());
  }

  public long getRead() {
    return report.read();
  }

  public long getWritten() {
    return report.written();
  }

  public long getSkipped() {
    return report.skipped();
  }

  /** Whether the bar can show how far the run has got: it has ended, or its job says. */
  public boolean isDeterminate() {
    return !isRunning() || report.percentDone() != null;
  }

  /** The bar's value in percent: what the job says while it runs, all of it once it has ended. */
  public int getPercentDone() {
    if (!isRunning()) {
      return 100;
    }
    return report.percentDone() == null ? 0 : report.percentDone();
  }

  /** The job's sentence about the run, else its exit status. */
  public String getSummary() {
    return details.getSummary() != null ? details.getSummary() : run().exitStatus();
  }

  public ReportView getDetails() {
    return details;
  }

  /** "0.4 s", "12 s", "3 min 5 s", "2 h 10 min"; empty before the run has started. */
  static String duration(Instant started, Instant ended, Instant now) {
    if (started == null) {
      return "";
    }
    Duration took = Duration.between(started, ended != null ? ended : now);
    if (took.isNegative()) {
      took = Duration.ZERO;
    }
    if (took.toSeconds() < 10) {
      return String.format(java.util.Locale.UK, "%.1f s", took.toMillis() / 1000.0);
    }
    if (took.toMinutes() < 1) {
      return took.toSeconds() + " s";
    }
    if (took.toHours() < 1) {
      return took.toMinutes() + " min " + took.toSecondsPart() + " s";
    }
    return took.toHours() + " h " + took.toMinutesPart() + " min";
  }
}
