package org.casereviews.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * A published review as the public sees it: only what the partnership chose to publish, under the
 * review's pseudonym. {@code archivedOn} is set once the review is archived (its reports are then
 * available on request).
 */
public record PublicReview(
    long id,
    String reference,
    String pseudonym,
    String type,
    String category,
    LocalDate publishedOn,
    LocalDate archivedOn,
    String summary,
    List<String> themes,
    List<PublicDocument> documents) {

  public boolean archived() {
    return archivedOn != null;
  }
}
