package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.casereviews.batch.archive.ReviewArchive;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.batch.reminders.ActionReminders;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Batch job runs: start the action reminders or the archive by hand and follow any run to its end,
 * with its report. Partnership administrators only (the job beans check).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  /** A run as the API shows it; {@code report} is what the job kept, such as who was mailed. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "executionId",
    "job",
    "status",
    "exitStatus",
    "read",
    "written",
    "skipped",
    "startedAt",
    "endedAt",
    "report"
  })
  public record JobJson(
      long executionId,
      String job,
      String status,
      String exitStatus,
      long read,
      long written,
      long skipped,
      Instant startedAt,
      Instant endedAt,
      JsonObject report) {

    static JobJson of(JobReport report) {
      return new JobJson(
          report.run().executionId(),
          report.run().jobName(),
          report.run().status(),
          report.run().exitStatus(),
          report.read(),
          report.written(),
          report.skipped(),
          report.run().startedAt(),
          report.run().endedAt(),
          report.report() == null
              ? null
              : Json.createReader(new StringReader(report.report())).readObject());
    }
  }

  /** The run just started. */
  public record Started(long executionId, String job) {}

  @EJB private ActionReminders reminders;

  @EJB private ReviewArchive archive;

  @EJB private JobHistory jobs;

  @POST
  @Path(ActionReminders.JOB)
  @Operation(
      summary = "Send the action reminders now (partnership-admin)",
      description =
          "Starts a run of the reminders job: 202 with the run's address in Location; follow it"
              + " with GET /jobs/{executionId} until it has ended.")
  public Response startReminders(@Context UriInfo uri) {
    long execution = reminders.start();
    return Response.accepted(new Started(execution, ActionReminders.JOB))
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(execution))
        .build();
  }

  @POST
  @Path(ReviewArchive.JOB)
  @Operation(
      summary = "Run the archive now (partnership-admin)",
      description =
          "Archives every published review whose publication is more than casereviews.archive.after"
              + " before asOf (yyyy-MM-dd; today in England when not given), unless it is held."
              + " 202 with the run's address in Location; GET /jobs/{executionId} gives its"
              + " report.")
  public Response startArchive(@QueryParam("asOf") String asOf, @Context UriInfo uri) {
    long execution;
    if (asOf == null || asOf.isBlank()) {
      execution = archive.start();
    } else {
      try {
        execution = archive.start(LocalDate.parse(asOf.strip()));
      } catch (DateTimeParseException e) {
        throw new BusinessException(
            "asOf", "asOf is '" + asOf + "': give a day as yyyy-MM-dd, such as 2026-11-22.");
      }
    }
    return Response.accepted(new Started(execution, ReviewArchive.JOB))
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(execution))
        .build();
  }

  @GET
  @Path("{executionId}")
  @Operation(
      summary = "One job run with its counts and report (partnership-admin)",
      description =
          "status is STARTING, STARTED, COMPLETED or FAILED (among others); endedAt is null until"
              + " the run has ended. read, written and skipped count the job's items (for the"
              + " reminders: agencies), and report says what the run did.")
  public JobJson run(@PathParam("executionId") long executionId) {
    return jobs.find(executionId)
        .map(JobJson::of)
        .orElseThrow(
            () -> new NotFoundException("There is no job run with number " + executionId + "."));
  }
}
