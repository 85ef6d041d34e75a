package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * Counts in rows and columns (a breakdown by year, say), with the row, column and grand totals they
 * add up to. The figures as counted; {@link Suppression} decides what may be shown.
 */
public record CountTable(
    String rowHeading, List<String> rows, List<String> columns, long[][] counts)
    implements Serializable {

  public CountTable {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    if (counts.length != rows.size()) {
      throw new IllegalArgumentException(counts.length + " rows of counts for " + rows.size());
    }
    for (long[] row : counts) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(row.length + " counts for " + columns.size());
      }
    }
  }

  /**
   * The count in row {@code row} and column {@code column}, where the index one past the last row
   * or column is its total.
   */
  public long at(int row, int column) {
    long sum = 0;
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < columns.size(); c++) {
        if ((row == rows.size() || row == r) && (column == columns.size() || column == c)) {
          sum += counts[r][c];
        }
      }
    }
    return sum;
  }
}
