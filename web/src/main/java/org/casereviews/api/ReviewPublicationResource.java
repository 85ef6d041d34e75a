package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.casereviews.publication.ArchiveHold;
import org.casereviews.publication.ArchiveService;
import org.casereviews.publication.PublicReviews;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.shared.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /reviews/{id}/publication (a root resource of its own: its path has more literal characters than
 * {@code reviews}, so requests under it come here): what the public page says of a review, and its
 * hold on archiving. Review officers write the public summary; only partnership administrators hold
 * a review back from archiving or lift the hold.
 */
@Path("reviews/{id}/publication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewPublicationResource {

  /** A hold on archiving: why, who, when. */
  public record HoldView(String reason, String placedBy, Instant placedAt) {}

  /** The review's publication: status and dates, public summary, hold, the version to send back. */
  public record PublicationView(
      long reviewId,
      String status,
      LocalDate publishedOn,
      LocalDate archivedOn,
      String publicSummary,
      HoldView archiveHold,
      long version) {}

  /** The public summary to set, with the review's version read. */
  public record SummaryInput(String publicSummary, Long version) {}

  /** Why a review is held back from archiving. */
  public record HoldInput(String reason) {}

  @EJB private ReviewService reviews;

  @EJB private PublicReviews publicReviews;

  @EJB private ArchiveService archive;

  @PathParam("id")
  private long reviewId;

  @GET
  @Operation(summary = "The review's publication: public summary, dates, hold on archiving")
  public PublicationView get() {
    Review review = reviews.get(reviewId);
    return new PublicationView(
        reviewId,
        review.getStatus().name(),
        review.getDates().getPublishedOn(),
        review.getDates().getArchivedOn(),
        review.getPublicSummary(),
        archive.holdOf(reviewId).map(ReviewPublicationResource::hold).orElse(null),
        review.getVersion());
  }

  @PUT
  @Path("summary")
  @Operation(
      summary = "Set what the public page says of the review (review-officer)",
      description = "Send the review's version read; 409 when someone changed it since.")
  public PublicationView summary(SummaryInput body) {
    if (body == null || body.version() == null) {
      throw new BusinessException("version", "Send the version of the review you read.");
    }
    publicReviews.setPublicSummary(reviewId, body.version(), body.publicSummary());
    return get();
  }

  @PUT
  @Path("hold")
  @Operation(summary = "Hold the review back from archiving, with the reason (partnership-admin)")
  public PublicationView hold(HoldInput body) {
    archive.hold(reviewId, body == null ? null : body.reason());
    return get();
  }

  @DELETE
  @Path("hold")
  @Operation(summary = "Lift the hold on archiving (partnership-admin)")
  public PublicationView release() {
    archive.release(reviewId);
    return get();
  }

  private static HoldView hold(ArchiveHold hold) {
    return new HoldView(hold.getReason(), hold.getPlacedBy(), hold.getPlacedAt());
  }
}
