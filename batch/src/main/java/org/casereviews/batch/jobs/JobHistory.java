package org.casereviews.batch.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.casereviews.security.Roles;

/**
 * Starts this application's batch jobs and shows their runs: the recent ones, newest first, and one
 * in detail. Every job is started here: Payara lets a component see only the runs that the same
 * component started. Administrators only.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class JobHistory {

  private static final Set<Metric.MetricType> SKIPS =
      Set.of(
          Metric.MetricType.READ_SKIP_COUNT,
          Metric.MetricType.PROCESS_SKIP_COUNT,
          Metric.MetricType.WRITE_SKIP_COUNT);

  /** Starts a run of the job (its id is the name of its XML file) and returns its number. */
  public long start(String job) {
    return start(job, new Properties());
  }

  /** Starts a run of the job with its parameters and returns its number. */
  public long start(String job, Properties parameters) {
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  public List<JobRun> recent(int max) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.getJobNames().stream()
        .flatMap(name -> operator.getJobInstances(name, 0, max).stream())
        .flatMap(instance -> runsOf(operator, instance).stream())
        .sorted(Comparator.comparingLong(JobRun::executionId).reversed())
        .limit(max)
        .toList();
  }

  /**
   * One run with its counts over all steps and the report of its latest step that kept one (a job
   * keeps its report as a JSON string in a step's persistent user data).
   */
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
    return Optional.of(
        new JobReport(
            toRun(execution),
            sum(steps, Set.of(Metric.MetricType.READ_COUNT)),
            sum(steps, Set.of(Metric.MetricType.WRITE_COUNT)),
            sum(steps, SKIPS),
            latestReport(steps)));
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

  private static List<JobRun> runsOf(JobOperator operator, JobInstance instance) {
    return operator.getJobExecutions(instance).stream().map(JobHistory::toRun).toList();
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
