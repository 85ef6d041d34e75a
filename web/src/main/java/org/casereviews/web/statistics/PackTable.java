package org.casereviews.web.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table; each cell is a {@link Long}, an {@link Integer}, a {@link Double} or a {@link String}
 * (e.g. {@code "<5"} for a suppressed count, or {@code ""}); a {@code null} cell is left empty. The
 * workbook writes numbers as numeric cells and strings as text.
 *
 * @param title a line above the table, or {@code null} for none
 * @param columns the column headings
 * @param rows the rows, each with one cell per column
 * @param notes small print under the table (sources, suppression rules); {@code null} is taken as
 *     none
 */
public record PackTable(
    String title, List<String> columns, List<List<Object>> rows, List<String> notes) {

  public PackTable {
    columns = List.copyOf(Objects.requireNonNull(columns, "a table needs its columns"));
    rows = checkedRows(Objects.requireNonNull(rows, "a table needs its list of rows"), columns);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  private static List<List<Object>> checkedRows(List<List<Object>> rows, List<String> columns) {
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row "
                + (r + 1)
                + " has "
                + row.size()
                + " cells but the table has "
                + columns.size()
                + " columns");
      }
      row.forEach(cell -> checkCell(cell, columns));
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return Collections.unmodifiableList(copy);
  }

  private static void checkCell(Object cell, List<String> columns) {
    if (cell != null
        && !(cell instanceof Long
            || cell instanceof Integer
            || cell instanceof Double
            || cell instanceof String)) {
      throw new IllegalArgumentException(
          "A cell of the table with columns "
              + columns
              + " is a "
              + cell.getClass().getSimpleName()
              + "; cells are Long, Integer, Double or String");
    }
  }
}
