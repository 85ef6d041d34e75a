package org.casereviews.publication;

import java.time.LocalDate;

/**
 * The answer to a public download: the file, or that it was taken down with its archived review
 * (410, with the review to request it for), or that there is no such public file (404).
 */
public sealed interface PublicFile {

  record Available(StoredFile file) implements PublicFile {}

  record Archived(long reviewId, String pseudonym, LocalDate archivedOn) implements PublicFile {}

  record Missing() implements PublicFile {}
}
