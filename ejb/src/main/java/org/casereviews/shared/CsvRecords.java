package org.casereviews.shared;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The lines of a CSV file an officer loads: UTF-8 text (a byte order mark is allowed), RFC 4180,
 * the first line naming the columns. Blank lines are passed over; each line is numbered as an
 * editor numbers it, counting the line breaks inside quoted values. A file that cannot be read as
 * such is refused as a whole with one reason about the field {@value #FIELD}.
 */
public final class CsvRecords implements AutoCloseable {

  /** The field a refusal of the whole file is about. */
  public static final String FIELD = "file";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long lineNumber = 1;

  /**
   * @throws BusinessException about the field {@value #FIELD} when the file cannot be read
   */
  public CsvRecords(Reader csv) {
    try {
      parser = CSVParser.parse(withoutByteOrderMark(csv), FORMAT);
    } catch (IOException e) {
      throw unreadable();
    }
    records = parser.iterator();
  }

  /**
   * The first line, naming the columns.
   *
   * @throws BusinessException with {@code whenEmpty} when the file is empty
   */
  public CSVRecord header(String whenEmpty) {
    CSVRecord header = next();
    if (header == null) {
      throw refused(whenEmpty);
    }
    return header;
  }

  /** The next line that is not blank, or null at the end of the file. */
  public CSVRecord next() {
    CSVRecord record;
    do {
      record = following();
    } while (record != null && Stream.of(record.values()).allMatch(String::isBlank));
    return record;
  }

  /** The number of the line the record last returned starts on. */
  public long lineNumber() {
    return lineNumber;
  }

  private CSVRecord following() {
    // the parser has counted the line breaks read so far, including those inside quoted values,
    // so the next record starts on the line after them
    lineNumber = parser.getCurrentLineNumber() + 1;
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
    if (Stream.of(record.values()).anyMatch(CsvRecords::isNotText)) {
      throw notText(lineNumber);
    }
    return record;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw unreadable();
    }
  }

  /** A refusal of the whole file. */
  public static BusinessException refused(String reason) {
    return new BusinessException(FIELD, reason);
  }

  private static BusinessException unreadable() {
    return refused("The file could not be read to the end. Load it again.");
  }

  private static BusinessException notText(long lineNumber) {
    return refused(
        "The file is not CSV text in UTF-8 (see line "
            + lineNumber
            + "). Save the spreadsheet as 'CSV UTF-8 (comma delimited)' and load that file.");
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
}
