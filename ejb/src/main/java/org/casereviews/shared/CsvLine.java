package org.casereviews.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A line of an RFC 4180 CSV file, as the exports write them: cells separated by commas, a cell
 * quoted when it holds a comma, a quote or a line break (a quote inside written twice), an empty
 * cell for no value, CRLF at the end.
 */
public final class CsvLine {

  private CsvLine() {}

  public static void write(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** A value as a CSV cell: quoted when it holds a comma, a quote or a line break. */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
