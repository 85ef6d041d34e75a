package org.casereviews.publication;

import java.time.LocalDate;
import java.time.Period;

/**
 * What one run of the archive did: as of which day, the cut-off (reviews published before it were
 * due), how many reviews it archived, how many documents left the public page, and how many due
 * reviews stayed because they are held.
 */
public record ArchiveOutcome(
    long runId,
    LocalDate asOf,
    Period after,
    LocalDate cutoff,
    int reviews,
    int documents,
    int held) {

  /** One sentence for the job history. */
  public String summary() {
    return "Archived "
        + count(reviews, "review")
        + " published before "
        + cutoff
        + " ("
        + count(documents, "document")
        + " taken off the public page)"
        + (held > 0 ? "; " + count(held, "review") + " held back from archiving" : "")
        + ".";
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
