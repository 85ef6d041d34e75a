package org.casereviews.review;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.CsvRecords;

/**
 * Reads a review history file: UTF-8 text (a byte order mark is allowed), RFC 4180 CSV with a first
 * line naming the columns. Each further line becomes a review or is refused with its line number
 * and reason; a file that cannot be read as such, or lacks a required column, is refused as a whole
 * with one reason about the field {@value #FIELD}.
 */
final class ReviewHistoryFile {

  /** The field a refusal of the whole file is about. */
  static final String FIELD = CsvRecords.FIELD;

  /** What the file holds, once checked: the reviews to create and the lines refused. */
  record Result(List<HistoricReview> reviews, List<RejectedRow> rejected) {}

  private final HistoryContext context;

  ReviewHistoryFile(HistoryContext context) {
    this.context = context;
  }

  /**
   * @throws BusinessException about the field {@value #FIELD} when the file is not a review history
   *     file at all; nothing of it is then to be loaded
   */
  Result read(Reader csv) {
    try (CsvRecords records = new CsvRecords(csv)) {
      CSVRecord header =
          records.header(
              "The file is empty. Its first line must name the columns, such as"
                  + " reference,pseudonym,type,category.");
      return lines(records, new HistoryHeader(header));
    }
  }

  private Result lines(CsvRecords records, HistoryHeader header) {
    HistoricReviewRules rules = new HistoricReviewRules(context);
    List<HistoricReview> reviews = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    for (CSVRecord record = records.next(); record != null; record = records.next()) {
      long lineNumber = records.lineNumber();
      try {
        reviews.add(rules.check(lineNumber, header.line(record)));
      } catch (BusinessException refused) {
        rejected.add(new RejectedRow(lineNumber, refused.getField(), refused.getMessage()));
      }
    }
    if (reviews.isEmpty() && rejected.isEmpty()) {
      throw refused("The file has no reviews: there is nothing after the line naming the columns.");
    }
    return new Result(reviews, rejected);
  }

  static BusinessException refused(String reason) {
    return CsvRecords.refused(reason);
  }
}
