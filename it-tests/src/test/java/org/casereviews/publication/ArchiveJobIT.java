package org.casereviews.publication;

import static org.casereviews.it.PublicationFixtures.document;
import static org.casereviews.it.PublicationFixtures.pdf;
import static org.casereviews.it.PublicationFixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.batch.archive.ReviewArchive;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.it.RunAs;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTransition;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The archive job on the real EAR, as of days long past so that no other test's reviews are due: it
 * archives exactly the reviews published more than three years before the day it is given,
 * withdraws their documents except the briefings, leaves held reviews alone, and a second run on
 * the same day changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ArchiveJobIT {

  private static final LocalDate AS_OF = LocalDate.of(1996, 6, 30);

  @EJB private RunAs.Admin admin;

  @EJB private ReviewService reviews;

  @EJB private DocumentService documents;

  @EJB private ArchiveService archive;

  @EJB private PublicReviews publicReviews;

  @EJB private ReviewArchive job;

  @EJB private JobHistory history;

  @EJB private AuditSearch audit;

  @Test
  void archivesExactlyTheDueReviewsOnceAndRespectsHolds() {
    Review due = published(admin, reviews, "Archive A", LocalDate.of(1993, 6, 29), PUBLISHED);
    Review summary =
        published(admin, reviews, "Archive E", LocalDate.of(1993, 4, 1), ReviewStatus.SUMMARY_ONLY);
    Review onTheDay = published(admin, reviews, "Archive B", LocalDate.of(1993, 6, 30), PUBLISHED);
    Review recent = published(admin, reviews, "Archive C", LocalDate.of(1996, 1, 10), PUBLISHED);
    Review held = published(admin, reviews, "Archive D", LocalDate.of(1993, 2, 1), PUBLISHED);
    admin.call(() -> archive.hold(held.getId(), "Public inquiry: keep everything as it is."));
    ReviewDocument report =
        document(admin, documents, due.getId(), DocumentKind.FULL_REPORT, true, "a.pdf", pdf("A"));
    ReviewDocument briefing =
        document(
            admin,
            documents,
            due.getId(),
            DocumentKind.PRACTITIONER_BRIEFING,
            true,
            "brief.pdf",
            pdf("brief"));
    ReviewDocument note =
        document(admin, documents, due.getId(), DocumentKind.OTHER, false, "n.pdf", pdf("n"));

    JsonObject first = run(AS_OF);

    assertEquals(2, first.getInt("reviewsArchived"), first.toString());
    assertEquals(1, first.getInt("documentsWithdrawn"), first.toString());
    assertEquals(1, first.getInt("reviewsHeld"), first.toString());
    assertEquals("1993-06-30", first.getString("publishedBefore"));
    assertTrue(first.getString("summary").startsWith("Archived 2 reviews published before"));
    for (Review r : List.of(due, summary)) {
      Review now = admin.call(() -> reviews.get(r.getId()));
      assertEquals(ReviewStatus.ARCHIVED, now.getStatus(), now.getPseudonym());
      assertEquals(AS_OF, now.getDates().getArchivedOn());
    }
    for (Review r : List.of(onTheDay, recent, held)) {
      assertEquals(
          ReviewStatus.PUBLISHED,
          admin.call(() -> reviews.get(r.getId())).getStatus(),
          r.getPseudonym());
    }
    assertInstanceOf(PublicFile.Archived.class, publicReviews.open(report.getId()));
    assertInstanceOf(PublicFile.Available.class, publicReviews.open(briefing.getId()));
    assertInstanceOf(PublicFile.Missing.class, publicReviews.open(note.getId()));
    ReviewTransition last = lastStep(due);
    assertEquals(ReviewStatus.PUBLISHED, last.getFromStatus());
    assertEquals(ReviewStatus.ARCHIVED, last.getToStatus());
    assertEquals(AS_OF, last.getEffectiveOn());
    assertEquals("archive job", last.getRecordedBy());
    assertTrue(auditOf(due).stream().anyMatch(e -> e.getDetail().contains("-> ARCHIVED")));

    int steps = admin.call(() -> reviews.transitions(due.getId())).size();
    JsonObject again = run(AS_OF);

    assertEquals(0, again.getInt("reviewsArchived"), again.toString());
    assertEquals(0, again.getInt("documentsWithdrawn"), again.toString());
    assertEquals(
        steps,
        admin.call(() -> reviews.transitions(due.getId())).size(),
        "a second run adds no step");

    admin.call(
        () -> {
          archive.release(held.getId());
          return null;
        });
    JsonObject released = run(AS_OF);

    assertEquals(1, released.getInt("reviewsArchived"), released.toString());
    assertEquals(ReviewStatus.ARCHIVED, admin.call(() -> reviews.get(held.getId())).getStatus());
  }

  @Test
  void aReviewArchivedByHandLosesItsFullReportFromThePublicPageAndKeepsLaterOnesOffIt() {
    Review review =
        published(admin, reviews, "Archive by hand", LocalDate.of(1994, 3, 1), PUBLISHED);
    ReviewDocument report =
        document(
            admin, documents, review.getId(), DocumentKind.FULL_REPORT, true, "r.pdf", pdf("R"));
    Review current = admin.call(() -> reviews.get(review.getId()));

    admin.call(
        () ->
            reviews.transition(
                review.getId(),
                current.getVersion(),
                ReviewStatus.ARCHIVED,
                LocalDate.of(1995, 1, 1),
                null,
                null));

    PublicFile answer = publicReviews.open(report.getId());
    assertInstanceOf(PublicFile.Archived.class, answer);
    assertEquals(LocalDate.of(1995, 1, 1), ((PublicFile.Archived) answer).archivedOn());
    ReviewDocument later =
        document(
            admin, documents, review.getId(), DocumentKind.FULL_REPORT, true, "l.pdf", pdf("L"));
    ReviewDocument briefing =
        document(
            admin, documents, review.getId(), DocumentKind.BRIEFING_NOTE, true, "b.pdf", pdf("B"));
    assertInstanceOf(PublicFile.Archived.class, publicReviews.open(later.getId()));
    assertInstanceOf(PublicFile.Available.class, publicReviews.open(briefing.getId()));
  }

  private static final ReviewStatus PUBLISHED = ReviewStatus.PUBLISHED;

  private JsonObject run(LocalDate asOf) {
    long execution = admin.call(() -> job.startNow(asOf));
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      JobReport report = admin.call(() -> history.find(execution)).orElseThrow();
      // the end time is set a moment before the final status
      if (report.run().endedAt() != null && !report.run().status().startsWith("START")) {
        assertEquals("COMPLETED", report.run().status(), String.valueOf(report.report()));
        return Json.createReader(new StringReader(report.report())).readObject();
      }
      sleep();
    }
    throw new AssertionError("The archive run " + execution + " did not end within a minute");
  }

  private ReviewTransition lastStep(Review review) {
    List<ReviewTransition> steps = admin.call(() -> reviews.transitions(review.getId()));
    return steps.get(steps.size() - 1);
  }

  private List<AuditEvent> auditOf(Review review) {
    AuditCriteria criteria =
        new AuditCriteria(
            null, AuditAction.UPDATE, "Review", review.getId().toString(), null, null);
    return admin.call(() -> audit.search(criteria, 0, 50));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
