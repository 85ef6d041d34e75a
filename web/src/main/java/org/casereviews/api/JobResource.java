package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.casereviews.batch.archive.ReviewArchive;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.batch.jobs.BatchJob;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Batch job runs: the catalogue of jobs, the runs, starting any job of the catalogue by hand (the
 * archive also as of another day) and following a run to its end, with its report. Partnership
 * administrators only (the job history checks).
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  /**
   * A run as the API shows it; {@code report} is what the job kept, such as who was mailed, with a
   * {@code summary} sentence; {@code percentDone} is how far a running job says it has got.
   */
  @JsonbNillable
  @JsonbPropertyOrder({
    "executionId",
    "job",
    "label",
    "status",
    "exitStatus",
    "read",
    "written",
    "skipped",
    "percentDone",
    "startedAt",
    "endedAt",
    "rejectedRows",
    "report"
  })
  public record JobJson(
      long executionId,
      String job,
      String label,
      String status,
      String exitStatus,
      long read,
      long written,
      long skipped,
      Integer percentDone,
      Instant startedAt,
      Instant endedAt,
      JsonArray rejectedRows,
      JsonObject report) {

    static JobJson of(JobReport report) {
      JsonObject kept =
          report.report() == null
              ? null
              : Json.createReader(new StringReader(report.report())).readObject();
      return new JobJson(
          report.run().executionId(),
          report.run().jobName(),
          report.run().label(),
          report.run().status(),
          report.run().exitStatus(),
          report.read(),
          report.written(),
          report.skipped(),
          report.percentDone(),
          report.run().startedAt(),
          report.run().endedAt(),
          rejectedRows(kept),
          kept);
    }

    /** The rows a file import rejected, when the job is one ({@code null} otherwise). */
    private static JsonArray rejectedRows(JsonObject report) {
      return report != null && report.get("rejectedRows") instanceof JsonArray rows ? rows : null;
    }
  }

  /** The run just started. */
  public record Started(long executionId, String job) {}

  @EJB private ReviewArchive archive;

  @EJB private JobHistory jobs;

  @EJB private ChildDeathImport childDeathImports;

  @Context private SecurityContext security;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "The runs of every batch job, newest first (partnership-admin)",
      description =
          "Each run as GET /jobs/{executionId} gives it. page counts from 0, size is 20 unless"
              + " given (at most 100); the total is in X-Total-Count, the next and previous pages"
              + " in Link.")
  public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    List<JobJson> runs =
        jobs.page(paging.first(), paging.size()).stream().map(JobJson::of).toList();
    return paging.answer(runs, jobs.count(), uri);
  }

  @GET
  @Path("catalogue")
  @Operation(
      summary = "The jobs an administrator may start (partnership-admin)",
      description = "Each job's id (for POST /jobs/{job}), label and what a run does.")
  public List<BatchJob> catalogue() {
    return jobs.catalogue();
  }

  @POST
  @Path("{job}")
  @Operation(
      summary = "Start a batch job now (partnership-admin)",
      description =
          "job is the id of a job of the catalogue (GET /jobs/catalogue), such as"
              + " action-reminders. 202 with the run's address in Location; follow it with GET"
              + " /jobs/{executionId} until endedAt is set. 404 for any other job; 409 while a"
              + " run of the same job is still going.")
  public Response start(@PathParam("job") String job) {
    long execution = jobs.startNow(job);
    return Response.accepted(new Started(execution, job))
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
              + " report. 409 while a run of the archive is still going.")
  public Response startArchive(@QueryParam("asOf") String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return start(ReviewArchive.JOB);
    }
    long execution;
    try {
      execution = archive.startNow(LocalDate.parse(asOf.strip()));
    } catch (DateTimeParseException e) {
      throw new BusinessException(
          "asOf", "asOf is '" + asOf + "': give a day as yyyy-MM-dd, such as 2026-11-22.");
    }
    return Response.accepted(new Started(execution, ReviewArchive.JOB))
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(execution))
        .build();
  }

  @POST
  @Path("{executionId}/stop")
  @Operation(
      summary =
          "Stop a running run at its next checkpoint (partnership-admin; cdop-officer for"
              + " child-death imports)",
      description =
          "202: the run ends as STOPPED at the end of the chunk it is in; POST"
              + " /jobs/{executionId}/restart goes on from there. 409 when the run has ended.")
  public Response stop(@PathParam("executionId") long executionId) {
    if (childDeathImports.find(executionId).isPresent()) {
      childDeathImports.stop(executionId);
    } else {
      jobs.stop(executionId);
    }
    return Response.accepted()
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(executionId))
        .build();
  }

  @POST
  @Path("{executionId}/restart")
  @Operation(
      summary =
          "Restart a run that stopped or failed (partnership-admin; cdop-officer for child-death"
              + " imports)",
      description =
          "202 with the new run's address in Location. A child-death import goes on after the"
              + " rows it had staged and ends with every row loaded once. 409 for a run that"
              + " completed, or that is not the latest run of its job.")
  public Response restart(@PathParam("executionId") long executionId) {
    long restarted =
        childDeathImports.find(executionId).isPresent()
            ? childDeathImports.restart(executionId)
            : jobs.restart(executionId, new Properties());
    return Response.accepted(new Started(restarted, run(restarted).job()))
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(restarted))
        .build();
  }

  @GET
  @Path("{executionId}")
  @Operation(
      summary =
          "One job run with its counts and report (partnership-admin; cdop-officer for"
              + " child-death imports)",
      description =
          "status is STARTING, STARTED, COMPLETED or FAILED (among others); endedAt is null until"
              + " the run has ended. read, written and skipped count the job's items (for the"
              + " reminders: agencies), percentDone is how far a running job says it has got (null"
              + " when it does not say), and report says what the run did, in a sentence"
              + " (summary) and in detail. For a child-death import, read, written and skipped"
              + " count the file's rows read, loaded and rejected, and rejectedRows lists the"
              + " first 100 rejected rows with line, column and reason.")
  @APIResponse(
      responseCode = "200",
      description = "The run",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "A child-death import that has ended",
                      value =
                          "{\"executionId\": 52, \"job\": \"child-death-import\", \"label\":"
                              + " \"Child-death import\", \"status\": \"COMPLETED\","
                              + " \"exitStatus\": \"COMPLETED\", \"read\": 3, \"written\": 2,"
                              + " \"skipped\": 1, \"percentDone\": null, \"startedAt\":"
                              + " \"2026-12-01T02:00:00.104Z\", \"endedAt\":"
                              + " \"2026-12-01T02:00:03.871Z\", \"rejectedRows\": [{\"line\": 4,"
                              + " \"column\": \"date_of_death\", \"reason\": \"The date of death"
                              + " (2019-02-27) cannot come before the date of birth (2019-03-02).\"}]}")))
  public JobJson run(@PathParam("executionId") long executionId) {
    Optional<JobReport> run =
        security.isUserInRole(Roles.PARTNERSHIP_ADMIN)
            ? jobs.find(executionId)
            : childDeathImports.find(executionId);
    return run.map(JobJson::of)
        .orElseThrow(
            () -> new NotFoundException("There is no job run with number " + executionId + "."));
  }
}
