package org.casereviews.publication;

import java.util.List;

/**
 * How often archived reports are asked for: the requests by their answer, the downloads through the
 * links, the forms answered without storing anything, and the same by year, by month and by review.
 */
public record ArchiveRequestFigures(
    Counts all,
    long downloads,
    long trapped,
    long overLimit,
    List<Period> perYear,
    List<Period> perMonth,
    List<PerReview> perReview) {

  /** Requests by where they are. */
  public record Counts(long requests, long waiting, long approved, long declined) {}

  /** A year (month 0) or a month of a year, with the requests received and downloads made then. */
  public record Period(int year, int month, Counts counts, long downloads) {

    /** {@code 2026} or {@code 2026-03}. */
    public String label() {
      return month == 0 ? Integer.toString(year) : String.format("%d-%02d", year, month);
    }
  }

  /** A review with the requests for its reports and the downloads through their links. */
  public record PerReview(
      long reviewId, String reference, String pseudonym, Counts counts, long downloads) {}
}
