package org.casereviews.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casereviews.publication.DocumentKind;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.ReviewDocument;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewDetails;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewType;
import org.casereviews.review.WorkingTogether;
import org.casereviews.shared.IncidentCategory;

/**
 * Published reviews and their documents for the publication tests, made in the server as a
 * partnership administrator: a SILP walked through its lifecycle to publication on a given day.
 * Tests of the archive use days long past, so that no other test's reviews are due on them.
 */
public final class PublicationFixtures {

  private PublicationFixtures() {}

  /** A review published (in full, or as a summary only) on {@code publishedOn}. */
  public static Review published(
      RunAs.Admin admin,
      ReviewService reviews,
      String pseudonym,
      LocalDate publishedOn,
      ReviewStatus outcome) {
    return published(admin, reviews, pseudonym, publishedOn, outcome, Set.of());
  }

  /** {@link #published} with these themes. */
  public static Review published(
      RunAs.Admin admin,
      ReviewService reviews,
      String pseudonym,
      LocalDate publishedOn,
      ReviewStatus outcome,
      Set<Long> themes) {
    Review review =
        admin.call(() -> reviews.create(details(pseudonym, publishedOn.minusDays(90), themes)));
    review = move(admin, reviews, review, ReviewStatus.IN_PROGRESS, publishedOn.minusDays(80));
    review = move(admin, reviews, review, ReviewStatus.DRAFT, publishedOn.minusDays(40));
    review = move(admin, reviews, review, ReviewStatus.SIGNED_OFF, publishedOn.minusDays(20));
    return move(admin, reviews, review, outcome, publishedOn);
  }

  public static Review move(
      RunAs.Admin admin, ReviewService reviews, Review review, ReviewStatus to, LocalDate on) {
    long id = review.getId();
    long version = review.getVersion();
    String reason = to == ReviewStatus.SUMMARY_ONLY ? "Only the summary is published." : null;
    return admin.call(() -> reviews.transition(id, version, to, on, reason, null));
  }

  /** Adds a document holding {@code content}, named as given. */
  public static ReviewDocument document(
      RunAs.Admin admin,
      DocumentService documents,
      long reviewId,
      DocumentKind kind,
      boolean publicDocument,
      String fileName,
      byte[] content) {
    return admin.call(
        () ->
            documents.add(
                reviewId,
                kind,
                kind.getLabel() + " " + fileName,
                publicDocument,
                fileName,
                new ByteArrayInputStream(content)));
  }

  /** A small PDF whose text says {@code text}. */
  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A Word file (a zip holding word/document.xml), or a PowerPoint one with ppt/... */
  public static byte[] office(String mainPart, String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : List.of("[Content_Types].xml", "_rels/.rels", mainPart)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<x>" + text + "</x>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A SILP (which starts commissioned) initiated on the day given. */
  private static ReviewDetails details(String pseudonym, LocalDate initiatedOn, Set<Long> themes) {
    ReviewDates dates = new ReviewDates();
    dates.setInitiatedOn(initiatedOn);
    return new ReviewDetails(
        ReviewType.SILP,
        pseudonym,
        IncidentCategory.SERIOUS_HARM,
        "Internal summary of " + pseudonym,
        themes,
        Set.of(),
        null,
        null,
        WorkingTogether.WT2018,
        List.of(),
        dates,
        Set.of(),
        Set.of());
  }
}
