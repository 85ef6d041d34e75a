package org.casereviews.cdop.imports;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of a child-death import file: which column is where. Columns may come in any order
 * and any case; columns format v1 does not know are left aside. A column named twice, or a required
 * column missing, refuses the whole file.
 */
final class ChildDeathHeader {

  private final Map<NotificationColumn, Integer> positions =
      new EnumMap<>(NotificationColumn.class);
  private final int size;

  ChildDeathHeader(List<String> names) {
    size = names.size();
    for (int i = 0; i < size; i++) {
      Optional<NotificationColumn> column = NotificationColumn.named(names.get(i));
      if (column.isPresent() && positions.put(column.get(), i) != null) {
        throw new ImportFileException(
            "The column "
                + column.get().header()
                + " is named twice in the first line: name each column once.");
      }
    }
    List<String> missing =
        Arrays.stream(NotificationColumn.values())
            .filter(c -> c.isRequired() && !positions.containsKey(c))
            .map(NotificationColumn::header)
            .toList();
    if (!missing.isEmpty()) {
      throw new ImportFileException(missingColumns(names, missing));
    }
  }

  /** How many values each later line must have. */
  int size() {
    return size;
  }

  /** The values of a later line, with exactly {@link #size()} values, by column name. */
  Map<String, String> values(List<String> values) {
    Map<String, String> byColumn = new HashMap<>();
    positions.forEach((column, position) -> byColumn.put(column.header(), values.get(position)));
    return byColumn;
  }

  private static String missingColumns(List<String> names, List<String> missing) {
    String separator =
        names.size() == 1 && names.get(0).contains(";")
            ? " The columns seem to be separated by semicolons: separate them with commas."
            : "";
    return "The first line does not name "
        + listed(missing.size() == 1 ? "the column " : "the columns ", missing)
        + ". The first line must name the columns of the file, in any order; "
        + listed("", NotificationColumn.requiredHeaders())
        + " are required."
        + separator;
  }

  /** The names as a sentence says them: "a, b and c". */
  private static String listed(String before, List<String> names) {
    int last = names.size() - 1;
    return before
        + (last == 0
            ? names.get(0)
            : String.join(", ", names.subList(0, last)) + " and " + names.get(last));
  }
}
