package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casereviews.publication.ArchiveRequestForm;
import org.casereviews.publication.ArchiveRequestService;
import org.casereviews.web.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * /public/archive-requests: the public's requests for the reports of archived reviews, with no
 * sign-in (for the partnership's own web site). Answered 202 when received; 400 with the field and
 * why; 429 over the hourly limit. A filled-in {@code website} (a field people never see, left to
 * robots) is answered like a request received, and nothing is stored.
 */
@Path("public/archive-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicArchiveRequestResource {

  static final String RECEIVED =
      "Thank you: your request has been received. The partnership will answer you by e-mail.";

  /** A request: the archived review's id and who asks, with why. */
  public record ArchiveRequestInput(
      Long reviewId,
      String name,
      String email,
      String organisation,
      String reason,
      String website) {}

  /** The answer to a request received. */
  public record Received(String status, String message) {}

  @EJB private ArchiveRequestService requests;

  @Inject private ClientAddress clientAddress;

  @Context private HttpServletRequest http;

  @POST
  @SecurityRequirements
  @Operation(
      summary = "Ask for the reports of an archived review (no sign-in)",
      description =
          "202 when received; 400 when a field is missing or wrong, or the review is not"
              + " archived; 429 after casereviews.archive-requests.per-hour requests within an"
              + " hour from one address or for one e-mail address.")
  public Response submit(ArchiveRequestInput input) {
    ArchiveRequestInput body =
        input == null ? new ArchiveRequestInput(null, null, null, null, null, null) : input;
    String address = clientAddress.of(http);
    if (body.website() != null && !body.website().isBlank()) {
      requests.trapped(body.reviewId(), address);
    } else {
      requests.submit(
          new ArchiveRequestForm(
              body.reviewId(), body.name(), body.email(), body.organisation(), body.reason()),
          address);
    }
    return Response.accepted(new Received("received", RECEIVED)).build();
  }
}
