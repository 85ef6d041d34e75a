package org.casereviews.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.casereviews.it.PublicationFixtures;
import org.casereviews.it.RunAs;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.security.Roles;
import org.casereviews.shared.ApplicationDataSource;
import org.casereviews.shared.Today;

/**
 * Test data for the client-side tests of requests for archived reports, made in the server through
 * the real services by the administrator who calls it: an archived review with its full report
 * (withdrawn) and a briefing (still public), a review that is published but not archived, and a
 * request's link made to expire. Part of the test deployment only, at {@code
 * /api/v1/it/archive-request-fixtures}.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
@Path("it/archive-request-fixtures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveRequestFixtures {

  /** Published long ago, so that archiving as of four years later archives no other test's. */
  static final LocalDate PUBLISHED_ON = LocalDate.of(1975, 3, 3);

  /** A review: its name and the size of its full report. */
  public record ReviewSpec(String pseudonym, int reportBytes) {}

  /** What was made. */
  public record Made(long reviewId, String reference, long reportId, long briefingId) {}

  @EJB private RunAs.Admin admin;

  @EJB private ReviewService reviews;

  @EJB private DocumentService documents;

  @EJB private ArchiveService archive;

  @POST
  @Path("archived")
  public Made archived(ReviewSpec spec) {
    Made made = published(spec, PUBLISHED_ON);
    archive.archiveDue(PUBLISHED_ON.plusYears(4));
    return made;
  }

  @POST
  @Path("published")
  public Made published(ReviewSpec spec) {
    return published(spec, Today.inEngland().minusDays(30));
  }

  /** Makes the links of this e-mail address's approved requests expire a day ago. */
  @POST
  @Path("expire/{email}")
  public int expire(@PathParam("email") String email) throws SQLException {
    try (Connection db = ApplicationDataSource.select().dataSource().getConnection();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE archive_request SET link_expires_at = ?, version = version + 1"
                    + " WHERE email = ? AND state = 'APPROVED'")) {
      update.setTimestamp(1, Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
      update.setString(2, email);
      return update.executeUpdate();
    }
  }

  private Made published(ReviewSpec spec, LocalDate on) {
    Review review =
        PublicationFixtures.published(admin, reviews, spec.pseudonym(), on, ReviewStatus.PUBLISHED);
    ReviewDocument report =
        PublicationFixtures.document(
            admin,
            documents,
            review.getId(),
            DocumentKind.FULL_REPORT,
            true,
            "report.pdf",
            ArchivedReports.report(spec.pseudonym(), spec.reportBytes()));
    ReviewDocument briefing =
        PublicationFixtures.document(
            admin,
            documents,
            review.getId(),
            DocumentKind.PRACTITIONER_BRIEFING,
            true,
            "briefing.pdf",
            PublicationFixtures.pdf("Briefing on " + spec.pseudonym()));
    return new Made(review.getId(), review.getReference(), report.getId(), briefing.getId());
  }
}
