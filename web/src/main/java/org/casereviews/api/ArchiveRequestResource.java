package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.casereviews.publication.ArchiveDownload;
import org.casereviews.publication.ArchiveRequest;
import org.casereviews.publication.ArchiveRequestFigures;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.publication.ArchiveRequestState;
import org.casereviews.publication.ArchiveRequestStatistics;
import org.casereviews.shared.BusinessException;
import org.casereviews.web.RequestBase;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /archive-requests: the queue of the public's requests for archived reports, for review officers
 * and partnership administrators: approve (the requester is e-mailed a download link) or decline
 * with the reason (e-mailed too), each with the {@code version} read; and how often archived
 * reports are asked for.
 */
@Path("archive-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArchiveRequestResource {

  /** One download through a request's link. */
  public record DownloadView(long documentId, String fileName, Instant downloadedAt) {}

  /** A request with its answer and the downloads through its link. */
  public record RequestView(
      long id,
      long version,
      long reviewId,
      String reviewReference,
      String pseudonym,
      String name,
      String email,
      String organisation,
      String reason,
      Instant receivedAt,
      String state,
      Instant decidedAt,
      String decidedBy,
      String declineReason,
      Instant linkExpiresAt,
      List<DownloadView> downloads) {}

  /** An answer: the version read, and for a decline the reason the requester is told. */
  public record Answer(Long version, String reason) {}

  @EJB private ArchiveRequestService requests;

  @EJB private ArchiveRequestStatistics statistics;

  @Context private HttpServletRequest http;

  @GET
  @Operation(summary = "The requests, newest first: state=waiting|approved|declined|all")
  public List<RequestView> list(@QueryParam("state") String state) {
    ArchiveRequestState wanted =
        state == null || state.isBlank() || state.equalsIgnoreCase("all")
            ? null
            : Enums.parse(
                ArchiveRequestState.class, state, "state", "waiting, approved, declined or all");
    return requests.queue(wanted).stream().map(r -> view(r, List.of())).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One request with its answer and the downloads through its link")
  public RequestView get(@PathParam("id") long id) {
    return view(requests.get(id), requests.downloads(id));
  }

  @POST
  @Path("{id}/approval")
  @Operation(summary = "Approve: the requester is e-mailed a download link that expires")
  public RequestView approve(@PathParam("id") long id, Answer answer) {
    requests.approve(id, version(answer), RequestBase.of(http));
    return get(id);
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline with the reason, which the requester is e-mailed")
  public RequestView decline(@PathParam("id") long id, Answer answer) {
    requests.decline(id, version(answer), answer.reason() == null ? "" : answer.reason());
    return get(id);
  }

  @GET
  @Path("statistics")
  @Operation(summary = "How often archived reports are asked for: by year, month and review")
  public ArchiveRequestFigures figures() {
    return statistics.figures();
  }

  private static long version(Answer answer) {
    if (answer == null || answer.version() == null) {
      throw new BusinessException("version", "Send the version of the request you read.");
    }
    return answer.version();
  }

  private static RequestView view(ArchiveRequest r, List<ArchiveDownload> downloads) {
    return new RequestView(
        r.getId(),
        r.getVersion(),
        r.getReview().getId(),
        r.getReview().getReference(),
        r.getReview().getPseudonym(),
        r.getRequesterName(),
        r.getEmail(),
        r.getOrganisation(),
        r.getReason(),
        r.getReceivedAt(),
        r.getState().name(),
        r.getDecidedAt(),
        r.getDecidedBy(),
        r.getDeclineReason(),
        r.getLinkExpiresAt(),
        downloads.stream()
            .map(
                d ->
                    new DownloadView(
                        d.getDocument().getId(), d.getFile().getFileName(), d.getDownloadedAt()))
            .toList());
  }
}
