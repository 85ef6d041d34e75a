package org.casereviews.batch.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casereviews.security.Roles;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;

/**
 * Starts this application's batch jobs and shows their runs: the recent ones, newest first, and one
 * in detail. Every job is started here: Payara lets a component see only the runs that the same
 * component started. Administrators only.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class JobHistory {

  /**
   * A run that began this long ago and has not ended is taken to have died with its server (a
   * stopped server leaves its runs marked as started): it no longer stops the job being started.
   */
  static final Duration LONGEST_RUN = Duration.ofHours(12);

  private static final Set<Metric.MetricType> SKIPS =
      Set.of(
          Metric.MetricType.READ_SKIP_COUNT,
          Metric.MetricType.PROCESS_SKIP_COUNT,
          Metric.MetricType.WRITE_SKIP_COUNT);

  @EJB private JobProgress progress;

  /** Starts a run of the job (its id is the name of its XML file) and returns its number. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long start(String job) {
    return start(job, new Properties());
  }

  /** Starts a run of the job with its parameters and returns its number. */
  public long start(String job, Properties parameters) {
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  /**
   * Starts a run of a job of the {@link JobCatalogue} now, as an administrator asked, and returns
   * its number. Refused when the catalogue has no such job, or when a run of it is still going (a
   * second run at once would do the same work twice, such as mailing every agency again).
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long startNow(String jobId) {
    return startNow(jobId, new Properties());
  }

  /**
   * {@link #startNow(String)} with the run's parameters, such as the day the archive runs as of.
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long startNow(String jobId, Properties parameters) {
    BatchJob job =
        JobCatalogue.find(jobId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "There is no batch job called '"
                            + jobId
                            + "'. The jobs are: "
                            + JobCatalogue.all().stream()
                                .map(BatchJob::id)
                                .collect(Collectors.joining(", "))
                            + "."));
    Optional<Long> running = running(jobId);
    if (running.isPresent()) {
      throw new ConflictException(
          "job",
          job.label()
              + " is already running (run "
              + running.get()
              + "): wait for that run to end before starting another.");
    }
    return start(jobId, parameters);
  }

  /** Asks a running run to stop at its next checkpoint (a chunk's end); it ends as STOPPED. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public void stop(long executionId) {
    try {
      BatchRuntime.getJobOperator().stop(executionId);
    } catch (JobExecutionNotRunningException e) {
      throw new ConflictException("job", "Run " + executionId + " is not running: it has ended.");
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("There is no job run with number " + executionId + ".");
    }
  }

  /**
   * Restarts a run that stopped or failed, with its parameters and {@code extra} ones; it goes on
   * from where the run stopped. Returns the new run's number.
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long restart(long executionId, Properties extra) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      Properties parameters = new Properties();
      parameters.putAll(parameters(executionId));
      parameters.putAll(extra);
      return operator.restart(executionId, parameters);
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("There is no job run with number " + executionId + ".");
    } catch (JobRestartException | JobExecutionAlreadyCompleteException e) {
      throw new ConflictException(
          "job",
          "Run "
              + executionId
              + " cannot be restarted: only a run that stopped or failed, and the latest run of"
              + " its job, can.");
    }
  }

  /** The parameters a run was started with (only this bean may read them: it started the run). */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public Properties parameters(long executionId) {
    try {
      Properties given = BatchRuntime.getJobOperator().getParameters(executionId);
      return given == null ? new Properties() : given;
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("There is no job run with number " + executionId + ".");
    }
  }

  /**
   * How long each step of a run took, by step name, for the steps that have ended (only this bean
   * may read a run's steps: it started the run).
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public Map<String, Duration> stepTimes(long executionId) {
    Map<String, Duration> times = new LinkedHashMap<>();
    try {
      for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(executionId)) {
        if (step.getStartTime() != null && step.getEndTime() != null) {
          times.put(
              step.getStepName(),
              Duration.between(step.getStartTime().toInstant(), step.getEndTime().toInstant()));
        }
      }
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("There is no job run with number " + executionId + ".");
    }
    return times;
  }

  /** The jobs an administrator may start: {@link JobCatalogue#all()}. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public List<BatchJob> catalogue() {
    return JobCatalogue.all();
  }

  /** The number of the job's latest run that has not ended, if any. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public Optional<Long> running(String jobId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<Long> ids;
    try {
      ids = operator.getRunningExecutions(jobId);
    } catch (NoSuchJobException never) {
      return Optional.empty();
    }
    Instant since = Instant.now().minus(LONGEST_RUN);
    return ids.stream()
        .filter(id -> startedSince(operator, id, since))
        .max(Comparator.naturalOrder());
  }

  /** The latest runs of every job, newest first. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public List<JobRun> recent(int max) {
    return executions(BatchRuntime.getJobOperator(), 0, max).map(JobHistory::toRun).toList();
  }

  /** A page of the runs of every job, newest first, each with its counts and report. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public List<JobReport> page(int first, int max) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return executions(operator, first, max)
        .map(
            execution ->
                report(operator, execution, operator.getStepExecutions(execution.getExecutionId())))
        .toList();
  }

  /**
   * How many runs there are in all, counted as job instances: a restarted run (only imports are
   * restarted) shares its instance with the run it restarts, so it is not counted apart. The batch
   * runtime counts instances in one query per job; counting every execution would take one per
   * instance.
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long count() {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.getJobNames().stream().mapToLong(name -> instanceCount(operator, name)).sum();
  }

  /**
   * One run with its counts over all steps and the report of its latest step that kept one (a job
   * keeps its report as a JSON string in a step's persistent user data).
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public Optional<JobReport> find(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution;
    List<StepExecution> steps;
    try {
      execution = operator.getJobExecution(executionId);
      steps = operator.getStepExecutions(executionId);
    } catch (NoSuchJobExecutionException | JobSecurityException e) {
      return Optional.empty();
    }
    return Optional.of(report(operator, execution, steps));
  }

  private JobReport report(
      JobOperator operator, JobExecution execution, List<StepExecution> steps) {
    JobRun run = toRun(execution);
    String report = latestReport(steps);
    JsonObject counts = counts(report);
    return new JobReport(
        run,
        counts != null
            ? counts.getJsonNumber("read").longValue()
            : sum(steps, Set.of(Metric.MetricType.READ_COUNT)),
        counts != null
            ? counts.getJsonNumber("written").longValue()
            : sum(steps, Set.of(Metric.MetricType.WRITE_COUNT)),
        counts != null ? counts.getJsonNumber("skipped").longValue() : sum(steps, SKIPS),
        report,
        percentDone(run));
  }

  /**
   * The counts a job's report states itself ({@code "counts": {"read", "written", "skipped"}}),
   * when they mean more than the batch runtime's: the import counts the rows of its file, not the
   * items of its steps, and a rejected row as skipped.
   */
  static JsonObject counts(String report) {
    if (report == null || !report.contains("\"counts\"")) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(report))) {
      JsonObject counts = reader.readObject().getJsonObject("counts");
      return counts != null
              && counts.get("read") instanceof JsonNumber
              && counts.get("written") instanceof JsonNumber
              && counts.get("skipped") instanceof JsonNumber
          ? counts
          : null;
    } catch (JsonException | ClassCastException notCounts) {
      return null;
    }
  }

  private Integer percentDone(JobRun run) {
    if (!run.running()) {
      progress.clear(run.executionId());
      return null;
    }
    OptionalInt percent = progress.percentDone(run.executionId());
    return percent.isPresent() ? percent.getAsInt() : null;
  }

  /**
   * The executions from {@code first} on, newest first. Instances come newest first too, so the
   * first {@code first + max} instances of each job hold the page.
   */
  private static Stream<JobExecution> executions(JobOperator operator, int first, int max) {
    return operator.getJobNames().stream()
        .flatMap(name -> operator.getJobInstances(name, 0, first + max).stream())
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
        .skip(first)
        .limit(max);
  }

  private static long instanceCount(JobOperator operator, String name) {
    try {
      return operator.getJobInstanceCount(name);
    } catch (NoSuchJobException never) {
      return 0;
    }
  }

  private static boolean startedSince(JobOperator operator, long executionId, Instant since) {
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      Date began =
          execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
      return began == null || began.toInstant().isAfter(since);
    } catch (NoSuchJobExecutionException | JobSecurityException e) {
      return false;
    }
  }

  private static String latestReport(List<StepExecution> steps) {
    return steps.stream()
        .filter(step -> step.getPersistentUserData() instanceof String)
        .max(Comparator.comparingLong(StepExecution::getStepExecutionId))
        .map(step -> (String) step.getPersistentUserData())
        .orElse(null);
  }

  private static long sum(List<StepExecution> steps, Set<Metric.MetricType> types) {
    return steps.stream()
        .flatMap(step -> Arrays.stream(step.getMetrics()))
        .filter(metric -> types.contains(metric.getType()))
        .mapToLong(Metric::getValue)
        .sum();
  }

  private static JobRun toRun(JobExecution execution) {
    return new JobRun(
        execution.getExecutionId(),
        execution.getJobName(),
        String.valueOf(execution.getBatchStatus()),
        execution.getExitStatus(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
