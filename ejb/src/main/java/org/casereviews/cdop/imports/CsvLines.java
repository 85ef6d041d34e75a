package org.casereviews.cdop.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The records of an RFC 4180 CSV text, one at a time, each with the line it starts on as an editor
 * numbers them: a value in double quotes that holds line breaks spreads its record over several
 * lines. LF, CRLF and a lone CR each end a line.
 *
 * <p>Only where records end is decided here, by the same rules as Commons CSV (a double quote opens
 * a quoted value only at the start of a value); the values are read by Commons CSV from each
 * record's text. Cutting the text into records first is what bounds the memory: a record longer
 * than the limit is read to its end but not kept, so a 1 GB "line" costs no more than a short one.
 */
final class CsvLines implements Closeable {

  /**
   * One record: where it starts, and its text without the line break that ends it.
   *
   * @param unclosed whether a quoted value in it was still open at the end of the text, so that the
   *     record ran from its line to the end of the file
   */
  record CsvLine(long number, String text, boolean unclosed) {

    /** Whether the record was longer than the limit; its text was then not kept. */
    boolean tooLong() {
      return text == null;
    }
  }

  private enum State {
    VALUE_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED,
    AFTER_QUOTE
  }

  private static final int END = -1;

  private final Reader text;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private final StringBuilder record = new StringBuilder();
  private int position;
  private int filled;
  private long line = 1;
  private boolean afterCr;

  /**
   * @param maxChars the longest record kept, line breaks inside quoted values included
   */
  CsvLines(Reader text, int maxChars) {
    this.text = text;
    this.maxChars = maxChars;
  }

  /** The next record, or null at the end of the text. */
  CsvLine next() throws IOException {
    long start = line;
    record.setLength(0);
    boolean tooLong = false;
    boolean empty = true;
    State state = State.VALUE_START;
    for (int c = read(); c != END; c = read()) {
      boolean lfOfCrlf = afterCr && c == '\n';
      afterCr = c == '\r';
      if (empty && lfOfCrlf) {
        continue; // the LF of the CRLF that ended the record before
      }
      empty = false;
      boolean lineBreak = c == '\r' || (c == '\n' && !lfOfCrlf);
      if (lineBreak && state != State.QUOTED) {
        line++;
        return line(start, tooLong, false);
      }
      if (lineBreak) {
        line++;
      }
      state = next(state, (char) c);
      if (!tooLong) {
        record.append((char) c);
        tooLong = record.length() > maxChars;
      }
    }
    return empty ? null : line(start, tooLong, state == State.QUOTED);
  }

  private CsvLine line(long start, boolean tooLong, boolean unclosed) {
    return new CsvLine(start, tooLong ? null : record.toString(), unclosed);
  }

  /**
   * In a quoted value, a doubled quote is a quote inside the value and any other character after a
   * quote closes the value; one that is not a comma makes the record malformed, for Commons CSV to
   * report.
   */
  private static State next(State state, char c) {
    return switch (state) {
      case VALUE_START -> c == '"' ? State.QUOTED : c == ',' ? State.VALUE_START : State.UNQUOTED;
      case UNQUOTED, AFTER_QUOTE -> c == ',' ? State.VALUE_START : state;
      case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
      case QUOTE_IN_QUOTED ->
          c == '"' ? State.QUOTED : c == ',' ? State.VALUE_START : State.AFTER_QUOTE;
    };
  }

  private int read() throws IOException {
    if (position == filled) {
      filled = text.read(buffer, 0, buffer.length);
      position = 0;
      if (filled <= 0) {
        filled = 0;
        return END;
      }
    }
    return buffer[position++];
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}
