package org.casereviews.review;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The first line of a review history file: which column is where. Columns may come in any order and
 * any case; columns casereviews does not know are left aside. A column named twice, or a required
 * column missing, refuses the whole file.
 */
final class HistoryHeader {

  private final Map<HistoryColumn, Integer> positions = new EnumMap<>(HistoryColumn.class);
  private final int size;

  HistoryHeader(CSVRecord header) {
    size = header.size();
    for (int i = 0; i < size; i++) {
      Optional<HistoryColumn> column = HistoryColumn.named(header.get(i));
      if (column.isPresent() && positions.put(column.get(), i) != null) {
        throw ReviewHistoryFile.refused(
            "The column " + column.get().header() + " is named twice in the first line.");
      }
    }
    List<String> missing =
        Arrays.stream(HistoryColumn.values())
            .filter(c -> c.isRequired() && !positions.containsKey(c))
            .map(HistoryColumn::header)
            .toList();
    if (!missing.isEmpty()) {
      throw ReviewHistoryFile.refused(missingColumns(header, missing));
    }
  }

  /** The values of a later line by column; refused when it has more values than columns. */
  HistoryLine line(CSVRecord record) {
    for (int i = size; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        throw HistoryLine.refused(
            null,
            "This line has "
                + record.size()
                + " values but the first line names "
                + size
                + " columns. A value that contains a comma must be in double quotes.");
      }
    }
    Map<HistoryColumn, String> values = new EnumMap<>(HistoryColumn.class);
    positions.forEach(
        (column, position) -> {
          if (position < record.size()) {
            values.put(column, record.get(position));
          }
        });
    return new HistoryLine(values);
  }

  private static String missingColumns(CSVRecord header, List<String> missing) {
    String names =
        missing.size() == 1
            ? "the column " + missing.get(0)
            : "the columns "
                + String.join(", ", missing.subList(0, missing.size() - 1))
                + " and "
                + missing.get(missing.size() - 1);
    String separator =
        header.size() == 1 && header.get(0).contains(";")
            ? " The columns seem to be separated by semicolons: separate them with commas."
            : "";
    return "The first line does not name "
        + names
        + ". The first line must name the columns of the file, in any order; reference,"
        + " pseudonym, type and category are required."
        + separator;
  }
}
