package org.casereviews.statistics;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.casereviews.review.RejectedRow;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.CsvRecords;

/**
 * One of the reference data files: CSV whose first line names its columns, in any order and case,
 * each by one of a few names people give it (the ONS's "Code" or "area_code"). Every later line
 * becomes a row or is refused with its line number and reason; a file without a required column is
 * refused as a whole.
 */
final class ReferenceFile<T> {

  /** A column: the name the guidance uses, and the other names it is known by. */
  record Column(String name, String... aliases) {

    boolean isNamed(String header) {
      String wanted = normal(header);
      if (normal(name).equals(wanted)) {
        return true;
      }
      for (String alias : aliases) {
        if (normal(alias).equals(wanted)) {
          return true;
        }
      }
      return false;
    }

    private static String normal(String header) {
      return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
  }

  /** The values of one line, by column name. */
  record Line(long number, Map<String, String> values) {

    /** The value of {@code column}, trimmed; refused when it is empty. */
    String required(Column column) {
      String value = values.getOrDefault(column.name(), "").trim();
      if (value.isEmpty()) {
        throw new BusinessException(column.name(), "The " + column.name() + " is empty.");
      }
      return value;
    }

    /** A whole number of at least {@code least}; thousands may be separated by commas. */
    long number(Column column, long least) {
      String value = required(column).replace(",", "").replace(" ", "");
      try {
        long parsed = Long.parseLong(value);
        if (parsed >= least) {
          return parsed;
        }
      } catch (NumberFormatException notANumber) {
        // refused below, with the value as written
      }
      throw new BusinessException(
          column.name(),
          "The "
              + column.name()
              + " must be a whole number of at least "
              + least
              + ", not '"
              + values.get(column.name()).trim()
              + "'.");
    }
  }

  /** What the file held: its good rows and the lines refused. */
  record Result<T>(List<T> rows, List<RejectedRow> rejected) {}

  private final String what;
  private final List<Column> columns;
  private final Function<Line, T> reading;
  private final Function<T, List<Object>> key;

  /**
   * @param what what the file holds, for messages ("child populations")
   * @param columns the columns, all required
   * @param reading turns a line into a row, throwing a {@link BusinessException} to refuse it
   * @param key what a row is a figure for (an area and a year): a second row for the same is
   *     refused, since the file cannot give two answers for one figure
   */
  ReferenceFile(
      String what, List<Column> columns, Function<Line, T> reading, Function<T, List<Object>> key) {
    this.what = what;
    this.columns = columns;
    this.reading = reading;
    this.key = key;
  }

  Result<T> read(Reader csv) {
    try (CsvRecords records = new CsvRecords(csv)) {
      Map<String, Integer> positions = positions(records.header(example("The file is empty.")));
      List<T> rows = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      Map<List<Object>, Long> seen = new HashMap<>();
      for (CSVRecord record = records.next(); record != null; record = records.next()) {
        try {
          T row = reading.apply(new Line(records.lineNumber(), values(positions, record)));
          Long earlier = seen.putIfAbsent(key.apply(row), records.lineNumber());
          if (earlier != null) {
            throw new BusinessException(
                null,
                "Line "
                    + earlier
                    + " already gives this figure ("
                    + key.apply(row).stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")
                    + "); only that line is loaded.");
          }
          rows.add(row);
        } catch (BusinessException refused) {
          rejected.add(
              new RejectedRow(records.lineNumber(), refused.getField(), refused.getMessage()));
        }
      }
      if (rows.isEmpty() && rejected.isEmpty()) {
        throw CsvRecords.refused(
            "The file has no " + what + ": there is nothing after the line naming the columns.");
      }
      return new Result<>(rows, rejected);
    }
  }

  private static Map<String, String> values(Map<String, Integer> positions, CSVRecord record) {
    Map<String, String> values = new HashMap<>();
    positions.forEach((name, at) -> values.put(name, at < record.size() ? record.get(at) : ""));
    return values;
  }

  private Map<String, Integer> positions(CSVRecord header) {
    Map<String, Integer> positions = new HashMap<>();
    for (Column column : columns) {
      for (int i = 0; i < header.size(); i++) {
        if (column.isNamed(header.get(i)) && positions.putIfAbsent(column.name(), i) != null) {
          throw CsvRecords.refused(
              "The column " + column.name() + " is named twice in the first line.");
        }
      }
      if (!positions.containsKey(column.name())) {
        throw CsvRecords.refused(
            example("The first line does not name the column " + column.name() + "."));
      }
    }
    return positions;
  }

  private String example(String problem) {
    return problem
        + " The first line must name the columns "
        + String.join(", ", columns.stream().map(Column::name).toList())
        + ", in any order.";
  }
}
