package org.casereviews.review;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casereviews.shared.BusinessException;

/**
 * Reads a review history file: UTF-8 text (a byte order mark is allowed), RFC 4180 CSV with a first
 * line naming the columns. Each further line becomes a review or is refused with its line number
 * and reason; a file that cannot be read as such, or lacks a required column, is refused as a whole
 * with one reason about the field {@value #FIELD}.
 */
final class ReviewHistoryFile {

  /** The field a refusal of the whole file is about. */
  static final String FIELD = "file";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

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
    try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(csv), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord header = next(records, 1);
      if (header == null) {
        throw refused(
            "The file is empty. Its first line must name the columns, such as"
                + " reference,pseudonym,type,category.");
      }
      return lines(parser, records, new HistoryHeader(header));
    } catch (IOException e) {
      throw refused("The file could not be read to the end. Load it again.");
    }
  }

  private Result lines(CSVParser parser, Iterator<CSVRecord> records, HistoryHeader header) {
    HistoricReviewRules rules = new HistoricReviewRules(context);
    List<HistoricReview> reviews = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    // the parser has counted the line breaks read so far, including those inside quoted values,
    // so the next record starts on the line after them: the number an officer sees in an editor
    long lineNumber = parser.getCurrentLineNumber() + 1;
    for (CSVRecord record = next(records, lineNumber);
        record != null;
        record = next(records, lineNumber)) {
      if (!isBlank(record)) {
        try {
          reviews.add(rules.check(lineNumber, header.line(record)));
        } catch (BusinessException refused) {
          rejected.add(new RejectedRow(lineNumber, refused.getField(), refused.getMessage()));
        }
      }
      lineNumber = parser.getCurrentLineNumber() + 1;
    }
    if (reviews.isEmpty() && rejected.isEmpty()) {
      throw refused("The file has no reviews: there is nothing after the line naming the columns.");
    }
    return new Result(reviews, rejected);
  }

  /** The next line of the file, or null at its end; {@code lineNumber} is where it starts. */
  private static CSVRecord next(Iterator<CSVRecord> records, long lineNumber) {
    try {
      if (!records.hasNext()) {
        return null;
      }
    } catch (UncheckedIOException | IllegalStateException malformed) {
      if (malformed.getCause() instanceof CharacterCodingException) {
        throw notText(lineNumber);
      }
      throw refused(
          "The file is not valid CSV from line "
              + lineNumber
              + ": a value in double quotes is not closed, or text follows its closing quote."
              + " A double quote inside a quoted value must be written twice (\"\").");
    }
    CSVRecord record = records.next();
    if (Stream.of(record.values()).anyMatch(ReviewHistoryFile::isNotText)) {
      throw notText(lineNumber);
    }
    return record;
  }

  private static BusinessException notText(long lineNumber) {
    return refused(
        "The file is not CSV text in UTF-8 (see line "
            + lineNumber
            + "). Save the spreadsheet as 'CSV UTF-8 (comma delimited)' and load that file.");
  }

  private static boolean isBlank(CSVRecord record) {
    return Stream.of(record.values()).allMatch(String::isBlank);
  }

  /** NUL is never in text; U+FFFD stands for bytes that were not UTF-8. */
  private static boolean isNotText(String value) {
    return value.indexOf('\0') >= 0 || value.indexOf('\uFFFD') >= 0;
  }

  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    PushbackReader in = new PushbackReader(csv, 1);
    int first = in.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      in.unread(first);
    }
    return in;
  }

  static BusinessException refused(String reason) {
    return new BusinessException(FIELD, reason);
  }
}
