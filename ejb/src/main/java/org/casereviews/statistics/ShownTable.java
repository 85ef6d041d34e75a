package org.casereviews.statistics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A table of counts as it may be shown, with its totals: the last row holds the column totals and
 * the last column the row totals. {@code suppressed} says whether any figure is hidden.
 */
public record ShownTable(
    String rowHeading,
    List<String> rows,
    List<String> columns,
    ShownCount[][] cells,
    boolean suppressed)
    implements Serializable {

  /** Row {@code row} with its total last; the row one past the last is the totals. */
  public List<ShownCount> row(int row) {
    return Arrays.asList(cells[row]);
  }

  /** The rows of counts, each with its total last (the totals row not included). */
  public List<List<ShownCount>> getBody() {
    return Arrays.stream(cells).limit(rows.size()).map(Arrays::asList).toList();
  }

  /** The column totals, with the grand total last. */
  public List<ShownCount> getTotals() {
    return row(rows.size());
  }

  public ShownCount total() {
    return cells[rows.size()][columns.size()];
  }
}
