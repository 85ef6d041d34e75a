package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.action.ActionExport;
import org.casereviews.action.ActionNote;
import org.casereviews.action.ActionService;
import org.casereviews.action.ActionStatus;
import org.casereviews.action.AssuranceDecision;
import org.casereviews.action.EvidenceFile;
import org.casereviews.action.EvidenceInfo;
import org.casereviews.action.EvidenceService;
import org.casereviews.action.Slippage;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.TooLargeException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Agency actions on recommendations: review officers set them, move due dates and record assurance;
 * the owning agency's liaison accounts report progress and add evidence (their own agency's actions
 * only: anything else is 403 and audited).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {

  /** A new action; {@code agency} is an agency code. */
  public record NewActionJson(String agency, String owner, String description, LocalDate dueOn) {}

  /** The agency's report: a status it may set, a note, and the reason when not achievable. */
  public record Progress(long version, String status, String note, String notAchievableReason) {}

  /** The partnership's assurance decision: ACCEPTED or MORE_EVIDENCE_NEEDED. */
  public record Assurance(long version, String decision, String note) {}

  /** A due date that moves, and why. */
  public record DueDate(long version, LocalDate dueOn, String reason) {}

  /** Closing an assured (or unachievable) action. */
  public record Closing(long version, String note) {}

  /** A note of the action's story. */
  public record NoteView(
      String kind,
      String status,
      String decision,
      String text,
      Instant writtenAt,
      String writtenBy) {

    static NoteView of(ActionNote n) {
      return new NoteView(
          n.getKind().name(),
          n.getStatus() == null ? null : n.getStatus().name(),
          n.getDecision() == null ? null : n.getDecision().name(),
          n.getText(),
          n.getWrittenAt(),
          n.getWrittenBy());
    }
  }

  /** A moved due date. */
  public record SlippageView(
      LocalDate previousDue, LocalDate newDue, Instant changedAt, String changedBy, String reason) {

    static SlippageView of(Slippage s) {
      return new SlippageView(
          s.getPreviousDue(), s.getNewDue(), s.getChangedAt(), s.getChangedBy(), s.getReason());
    }
  }

  /** An action; {@code notes}, {@code slippage} and {@code evidence} only when read alone. */
  public record ActionView(
      long id,
      long version,
      String review,
      int recommendation,
      String agency,
      String owner,
      String description,
      LocalDate dueOn,
      String status,
      String rag,
      long daysOverdue,
      String notAchievableReason,
      LocalDate completedOn,
      LocalDate assuredOn,
      LocalDate closedOn,
      List<NoteView> notes,
      List<SlippageView> slippage,
      List<EvidenceInfo> evidence) {}

  @EJB private ActionService actions;

  @EJB private ActionExport exports;

  @EJB private EvidenceService evidence;

  @Inject private Codes codes;

  @Inject private ActionViews views;

  @Context private UriInfo uri;

  @GET
  @Path("actions")
  @Operation(
      summary = "Actions of every review, soonest due first",
      description = "agency: an agency code; overdue=true for open actions past their due date.")
  public Response search(
      @QueryParam("agency") String agency,
      @QueryParam("overdue") boolean overdue,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Long agencyId = codes.agency(agency, "agency");
    Paging paging = Paging.of(page, size);
    List<ActionView> items =
        actions.search(agencyId, overdue, paging.first(), paging.size()).stream()
            .map(a -> views.view(a, false))
            .toList();
    return paging.answer(items, actions.count(agencyId, overdue), uri);
  }

  @GET
  @Path("actions/export")
  @Produces("text/csv")
  @Operation(
      summary = "The actions the filters find, as CSV (a liaison officer: their agency's only)",
      description =
          "agency and overdue as in the list. Columns (stable; new ones are only added at the"
              + " end): action_id, review_id, review_reference, recommendation, agency, owner,"
              + " description, due_date, status, rag (as of today), days_overdue,"
              + " not_achievable_reason, completed_date, assured_date, closed_date. Audited.")
  public Response export(
      @QueryParam("agency") String agency, @QueryParam("overdue") boolean overdue) {
    String csv = exports.csv(codes.agency(agency, "agency"), overdue);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"actions.csv\"")
        .build();
  }

  @GET
  @Path("actions/{id}")
  @Operation(summary = "One action with its notes, slippage and evidence")
  public ActionView get(@PathParam("id") long id) {
    return views.view(actions.get(id), true);
  }

  @PATCH
  @Path("actions/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      summary = "Report progress on an action (the owning agency, or a review officer)",
      description = "status: NOT_STARTED, IN_PROGRESS, AWAITING_ASSURANCE or NOT_ACHIEVABLE.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "Done, for the partnership to assure",
                      value =
                          "{\"version\": 3, \"status\": \"AWAITING_ASSURANCE\", \"note\":"
                              + " \"All 40 front-line officers trained; register attached.\"}")))
  public ActionView progress(@PathParam("id") long id, Progress body) {
    if (body == null) {
      throw new BusinessException("Send the progress as a JSON object.");
    }
    ActionStatus status =
        body.status() == null || body.status().isBlank()
            ? null
            : Enums.parse(
                ActionStatus.class, body.status(), "status", Enums.names(ActionStatus.class));
    return views.view(
        actions.reportProgress(id, body.version(), status, body.note(), body.notAchievableReason()),
        true);
  }

  @POST
  @Path("actions/{id}/assurance")
  @Operation(summary = "Record the partnership's assurance decision (review-officer)")
  public ActionView assurance(@PathParam("id") long id, Assurance body) {
    if (body == null) {
      throw new BusinessException("Send the decision as a JSON object.");
    }
    AssuranceDecision decision =
        body.decision() == null || body.decision().isBlank()
            ? null
            : Enums.parse(
                AssuranceDecision.class,
                body.decision(),
                "decision",
                "ACCEPTED or MORE_EVIDENCE_NEEDED");
    return views.view(actions.recordAssurance(id, body.version(), decision, body.note()), true);
  }

  @POST
  @Path("actions/{id}/due-date")
  @Operation(summary = "Move an action's due date, with the reason (review-officer)")
  public ActionView dueDate(@PathParam("id") long id, DueDate body) {
    if (body == null) {
      throw new BusinessException("Send the new due date as a JSON object.");
    }
    return views.view(actions.changeDueDate(id, body.version(), body.dueOn(), body.reason()), true);
  }

  @POST
  @Path("actions/{id}/close")
  @Operation(summary = "Close an assured action, or one that cannot be achieved (review-officer)")
  public ActionView close(@PathParam("id") long id, Closing body) {
    if (body == null) {
      throw new BusinessException("Send the version as a JSON object.");
    }
    return views.view(actions.close(id, body.version(), body.note()), true);
  }

  @POST
  @Path("actions/{id}/evidence")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Add an evidence file: the file as the body, its name as ?name=",
      description = "PDF, Word, Excel, PNG, JPEG or GIF, checked by content; 413 over the limit.")
  public Response addEvidence(
      @PathParam("id") long id, @QueryParam("name") String name, InputStream body)
      throws IOException {
    long limit = evidence.getMaxBytes();
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      throw new TooLargeException(
          "file",
          "The file is larger than the limit of " + evidence.getMaxSize() + " for evidence files.");
    }
    EvidenceInfo added = evidence.add(id, name, content);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("actions")
                .path(Long.toString(id))
                .path("evidence")
                .path(Long.toString(added.id()))
                .build())
        .entity(added)
        .build();
  }

  @GET
  @Path("actions/{id}/evidence/{evidenceId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an evidence file (the download is audited)")
  public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    EvidenceFile file = evidence.download(evidenceId);
    if (!file.getAction().getId().equals(id)) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return Response.ok(file.getContent(), file.getType().getMediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + file.getFileName().replace("\"", "") + "\"")
        .build();
  }
}
