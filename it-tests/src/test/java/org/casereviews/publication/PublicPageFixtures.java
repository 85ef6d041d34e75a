package org.casereviews.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casereviews.it.PublicationFixtures;
import org.casereviews.it.RunAs;
import org.casereviews.it.TestFiles;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewDetails;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTheme;
import org.casereviews.review.ReviewType;
import org.casereviews.review.WorkingTogether;
import org.casereviews.security.Roles;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.Today;

/**
 * Test data for the public page's tests, made in the server through the real services by the
 * administrator who calls it, each call with its own theme and pseudonyms: a review walked through
 * its lifecycle to Published (a public full report, an internal report, a practitioner briefing), a
 * review published in 1996 and archived by the archive as of four years later, a review not yet
 * published (with a public report all the same) and a link in a thematic collection. Part of the
 * test deployment only, at {@code /api/v1/it/publication-fixtures}. Each service call is a
 * transaction of its own, as on the screens.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Path("it/publication-fixtures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PublicPageFixtures {

  /** The size of the published full report: three stored pieces of 512 KB, the last one short. */
  public static final int REPORT_SIZE = 1_200_000;

  /** The day the archived review was published; the archive runs four years later. */
  public static final LocalDate ARCHIVED_PUBLISHED_ON = LocalDate.of(1996, 3, 12);

  /** What to make: {@code label} makes the names unique, {@code seed} the report's bytes. */
  public record Request(String label, long seed) {}

  /** What was made, by id. */
  public record Made(
      long themeId,
      String themeCode,
      long published,
      String publishedReference,
      LocalDate publishedOn,
      long publicReport,
      long internalReport,
      long briefing,
      long archived,
      LocalDate archivedOn,
      long archivedReport,
      long archivedBriefing,
      long unpublished,
      long unpublishedReport,
      long link) {}

  @EJB private ReviewService reviews;

  @EJB private RunAs.Admin admin;

  @EJB private DocumentService documents;

  @EJB private PublicReviews publicReviews;

  @EJB private ArchiveService archive;

  @EJB private PublicLinkService links;

  @EJB private ReferenceDataService referenceData;

  @POST
  public Made make(Request request) {
    String label = request.label();
    ReviewTheme theme =
        referenceData.create(
            ReviewTheme.class, "PUB_" + label.toUpperCase(), "Publication test " + label);
    Set<Long> themes = Set.of(theme.getId());
    LocalDate publishedOn = Today.inEngland().minusDays(20);
    Review published =
        PublicationFixtures.published(
            admin, reviews, "Child P " + label, publishedOn, ReviewStatus.PUBLISHED, themes);
    publicReviews.setPublicSummary(
        published.getId(),
        published.getVersion(),
        "Sam was 15 months old.\nSam lived with her mother.\n\nThe review found <b>gaps</b> in"
            + " how agencies shared what they knew.");
    long report =
        add(published, DocumentKind.FULL_REPORT, "Overview report", true, "p.pdf", request.seed());
    long internal = add(published, DocumentKind.OTHER, "Chronology", false, "chronology.pdf", 0);
    long briefing = add(published, DocumentKind.PRACTITIONER_BRIEFING, "7-minute briefing", true);
    Review old =
        PublicationFixtures.published(
            admin,
            reviews,
            "Child Q " + label,
            ARCHIVED_PUBLISHED_ON,
            ReviewStatus.PUBLISHED,
            themes);
    long oldReport = add(old, DocumentKind.FULL_REPORT, "Overview report", true, "q.pdf", 0);
    long oldBriefing = add(old, DocumentKind.PRACTITIONER_BRIEFING, "Briefing", true);
    LocalDate archivedOn = ARCHIVED_PUBLISHED_ON.plusYears(4);
    archive.archiveDue(archivedOn);
    Review draft = inProgress("Child R " + label, themes);
    long draftReport = add(draft, DocumentKind.FULL_REPORT, "Draft report", true, "r.pdf", 0);
    return new Made(
        theme.getId(),
        theme.getCode(),
        published.getId(),
        published.getReference(),
        publishedOn,
        report,
        internal,
        briefing,
        old.getId(),
        archivedOn,
        oldReport,
        oldBriefing,
        draft.getId(),
        draftReport,
        link(label));
  }

  /** A SILP with the themes, initiated today and in progress: not published. */
  private Review inProgress(String pseudonym, Set<Long> themes) {
    ReviewDates dates = new ReviewDates();
    dates.setInitiatedOn(Today.inEngland());
    Review review =
        reviews.create(
            new ReviewDetails(
                ReviewType.SILP,
                pseudonym,
                IncidentCategory.SERIOUS_HARM,
                "Internal summary, never public.",
                themes,
                Set.of(),
                null,
                null,
                WorkingTogether.WT2023,
                List.of(),
                dates,
                Set.of(),
                Set.of()));
    return reviews.transition(
        review.getId(), review.getVersion(), ReviewStatus.IN_PROGRESS, null, null, null);
  }

  private long add(Review review, DocumentKind kind, String title, boolean isPublic) {
    return add(review, kind, title, isPublic, "briefing.pdf", 0);
  }

  /** A PDF document; seed 0 makes a small file, any other the full-size report of that seed. */
  private long add(
      Review review, DocumentKind kind, String title, boolean isPublic, String file, long seed) {
    byte[] content =
        seed == 0 ? TestFiles.pdf(4000, review.getId()) : TestFiles.pdf(REPORT_SIZE, seed);
    return documents
        .add(review.getId(), kind, title, isPublic, file, new ByteArrayInputStream(content))
        .getId();
  }

  private long link(String label) {
    PublicLink link = new PublicLink();
    link.setSection(LinkSection.THEMATIC_COLLECTION);
    link.setCollection("Child sexual exploitation " + label);
    link.setTitle("Operation Brooke serious case review " + label);
    link.setUrl("https://example.org/operation-brooke-" + label);
    link.setNote("The review of " + label + ".");
    link.setSource("NSPCC");
    link.setDated(LocalDate.of(2016, 3, 1));
    return links.save(link).getId();
  }
}
