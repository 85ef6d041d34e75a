package org.casereviews.cdop.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casereviews.cdop.imports.CsvLines.CsvLine;
import org.casereviews.review.RejectedRow;
import org.casereviews.shared.BusinessException;

/**
 * Reads a child-death import file, format v1 (see DESIGN.md), one row at a time, so that its memory
 * stays the same whatever the file's size: no row is kept once returned, and no line longer than
 * {@value #MAX_LINE_CHARS} characters is kept at all.
 *
 * <p>{@link #open} reads the first line and refuses the whole file with an {@link
 * ImportFileException} when it is not a format v1 file: nothing of it is then to be loaded. After
 * that, a bad row never stops the file: {@link #next} returns it rejected, with its line number and
 * reason, and goes on with the next. That includes a value whose double quote is never closed: it
 * runs to the end of the file, so its line is rejected saying so and it is the last row read.
 *
 * <p>Line numbers are those an editor shows: the column names are line 1, and a row whose quoted
 * values hold line breaks counts every line it spreads over.
 */
public final class ChildDeathFile implements Closeable {

  /** The most characters a row may hold: 64 KB, far more than any notification needs. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static final String NOT_UTF8 =
      "This line is not UTF-8 text (it may be in ISO-8859-1): save the file as CSV UTF-8.";

  private final CsvLines lines;
  private final ChildDeathHeader header;
  private final NotificationRules rules;
  private long recordsRead;

  private ChildDeathFile(CsvLines lines, ChildDeathHeader header, LocalDate today) {
    this.lines = lines;
    this.header = header;
    this.rules = new NotificationRules(today);
  }

  /**
   * The file in {@code in}, its first line read. Bytes that are not UTF-8 are read as U+FFFD, so
   * that only the rows holding them are rejected. {@link #close()} closes {@code in}; when this
   * throws, closing {@code in} is left to the caller.
   *
   * @param today the date in England: no date in the file may be after it
   * @throws ImportFileException when the file is empty, is not text, or its first line names a
   *     column twice or lacks a required one
   */
  public static ChildDeathFile open(InputStream in, LocalDate today) {
    try {
      CsvLines lines = new CsvLines(text(in), MAX_LINE_CHARS);
      return new ChildDeathFile(lines, header(lines.next()), today);
    } catch (IOException e) {
      throw new ImportFileException("The file could not be read: load it again.", e);
    }
  }

  /**
   * The next data row, checked; empty at the end of the file. Blank lines (all values empty) are
   * passed over.
   *
   * @throws ImportFileException when the file cannot be read to its end; the rows returned before
   *     stay good
   */
  public Optional<CheckedRow> next() {
    for (CsvLine line = read(); line != null; line = read()) {
      Optional<CheckedRow> checked = check(line);
      if (checked.isPresent()) {
        recordsRead++;
        return checked;
      }
    }
    return Optional.empty();
  }

  /**
   * Passes over the next {@code records} data rows without checking them, as if {@link #next} had
   * returned them, so that a restarted job goes on after its last checkpoint: the next row returned
   * is then the ({@code recordsRead() + 1})-th data row, with its own line number.
   */
  public void skip(long records) {
    for (long skipped = 0; skipped < records; ) {
      CsvLine line = read();
      if (line == null) {
        return;
      }
      if (isData(line)) {
        recordsRead++;
        skipped++;
      }
    }
  }

  /**
   * The data rows returned by {@link #next} or passed over by {@link #skip} so far, rejected ones
   * included, blank lines not: the checkpoint from which {@link #skip} resumes.
   */
  public long recordsRead() {
    return recordsRead;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  /** The line checked; empty when it is blank. */
  private Optional<CheckedRow> check(CsvLine line) {
    Optional<List<String>> values = values(line);
    if (values.isEmpty()) {
      return Optional.of(rejected(line, null, unreadable(line)));
    }
    return isBlank(values.get()) ? Optional.empty() : Optional.of(check(line, values.get()));
  }

  /** Whether the line is a data row, rejected or not, rather than a blank line. */
  private static boolean isData(CsvLine line) {
    return values(line).map(values -> !isBlank(values)).orElse(true);
  }

  private CheckedRow check(CsvLine line, List<String> values) {
    if (values.size() != header.size()) {
      return rejected(
          line,
          null,
          "This line has "
              + values.size()
              + " values but the first line names "
              + header.size()
              + " columns: a value that contains a comma must be in double quotes.");
    }
    try {
      return new CheckedRow.Accepted(rules.check(line.number(), header.values(values)));
    } catch (BusinessException refused) {
      return rejected(line, refused.getField(), refused.getMessage());
    }
  }

  private static String unreadable(CsvLine line) {
    if (line.unclosed()) {
      return "A double quote on this line is never closed, so the rest of the file was read as"
          + " one value and nothing after this line was loaded: close the quote, and write a"
          + " double quote inside a value twice (\"\").";
    }
    if (line.tooLong()) {
      return "This line is longer than 64 KB ("
          + MAX_LINE_CHARS
          + " characters), far more than a notification needs, so it was not read: check what"
          + " the system that wrote the file put in it.";
    }
    if (isNotText(line.text())) {
      return NOT_UTF8;
    }
    return "A value in double quotes is followed by text before the next comma: a double quote"
        + " inside a value must be written twice (\"\"), and the whole value put in quotes.";
  }

  private static CheckedRow rejected(CsvLine line, String column, String reason) {
    return new CheckedRow.Rejected(new RejectedRow(line.number(), column, reason));
  }

  private CsvLine read() {
    try {
      return lines.next();
    } catch (IOException e) {
      throw new ImportFileException(
          "The file could not be read to its end: load it again; the rows already loaded"
              + " will be updated, not repeated.",
          e);
    }
  }

  /** The values of a line; empty when the line cannot be read as CSV text. */
  private static Optional<List<String>> values(CsvLine line) {
    if (line.unclosed() || line.tooLong() || isNotText(line.text())) {
      return Optional.empty();
    }
    if (line.text().isEmpty()) {
      return Optional.of(List.of(""));
    }
    try (CSVParser parser = CSVParser.parse(line.text(), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      CSVRecord record = records.next();
      return records.hasNext() ? Optional.empty() : Optional.of(record.toList());
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | NoSuchElementException e) {
      return Optional.empty();
    }
  }

  private static boolean isBlank(List<String> values) {
    return values.stream().allMatch(String::isBlank);
  }

  /** NUL is never in text; U+FFFD stands for bytes that were not UTF-8. */
  private static boolean isNotText(String text) {
    return text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0;
  }

  private static ChildDeathHeader header(CsvLine first) {
    if (first == null) {
      throw new ImportFileException(
          "The file is empty. Its first line must name the columns, such as "
              + String.join(",", NotificationColumn.requiredHeaders())
              + ".");
    }
    Optional<List<String>> names = values(first);
    if (names.isEmpty()) {
      throw new ImportFileException(
          first.text() != null && isNotText(first.text())
              ? "The first line is not UTF-8 text: save the file as CSV UTF-8 (comma delimited)."
              : "The first line cannot be read as the names of the columns. " + unreadable(first));
    }
    if (isBlank(names.get())) {
      throw new ImportFileException(
          "The first line is empty: it must name the columns, such as "
              + String.join(",", NotificationColumn.requiredHeaders())
              + ".");
    }
    return new ChildDeathHeader(names.get());
  }

  /** The text of the file, once its first bytes show it may be CSV, without a byte order mark. */
  private static Reader text(InputStream in) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, BinaryContent.HEAD);
    byte[] head = bytes.readNBytes(BinaryContent.HEAD);
    Optional<String> looksLike = BinaryContent.recognise(head, head.length);
    if (looksLike.isPresent()) {
      throw new ImportFileException(
          "This is not a CSV file: it looks like "
              + looksLike.get()
              + ". Save the data as CSV UTF-8 (comma delimited) and load that file.");
    }
    int skipped = startsWith(head, BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length : 0;
    bytes.unread(head, skipped, head.length - skipped);
    return new InputStreamReader(
        bytes,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private static boolean startsWith(byte[] head, byte[] start) {
    if (head.length < start.length) {
      return false;
    }
    for (int i = 0; i < start.length; i++) {
      if (head[i] != start[i]) {
        return false;
      }
    }
    return true;
  }
}
