package org.casereviews.batch.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.casereviews.security.Roles;

/** The recent runs of this application's batch jobs, newest first. Administrators only. */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class JobHistory {

  public List<JobRun> recent(int max) {
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.getJobNames().stream()
        .flatMap(name -> operator.getJobInstances(name, 0, max).stream())
        .flatMap(instance -> runsOf(operator, instance).stream())
        .sorted(Comparator.comparingLong(JobRun::executionId).reversed())
        .limit(max)
        .toList();
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
