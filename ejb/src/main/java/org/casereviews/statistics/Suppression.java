package org.casereviews.statistics;

/**
 * Small-number suppression for a table that can leave the building. Primary suppression hides each
 * count from 1 to {@code threshold - 1} (shown as "&lt;5"); secondary suppression then hides more
 * counts (shown as "[c]", since they are not small) until no row or column with its total has
 * exactly one hidden figure, since one hidden figure in a line with a total is the total less the
 * others. The figure hidden second is the smallest count in the line, a count rather than a total
 * where there is one, and not zero where there is another.
 */
final class Suppression {

  private final CountTable table;
  private final int threshold;
  private final int height;
  private final int width;
  private final boolean[][] hidden;
  private final boolean[][] small;

  private Suppression(CountTable table, int threshold) {
    this.table = table;
    this.threshold = threshold;
    this.height = table.rows().size() + 1;
    this.width = table.columns().size() + 1;
    this.hidden = new boolean[height][width];
    this.small = new boolean[height][width];
  }

  /** The table with small counts hidden; a threshold of 1 or less hides nothing. */
  static ShownTable apply(CountTable table, int threshold) {
    Suppression suppression = new Suppression(table, threshold);
    suppression.hideSmall();
    while (suppression.hideComplements()) {
      // each pass hides at least one more figure, so this ends
    }
    return suppression.shown();
  }

  /** The table as counted, for those who may see every figure. */
  static ShownTable none(CountTable table) {
    return new Suppression(table, 0).shown();
  }

  private void hideSmall() {
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        long count = table.at(r, c);
        small[r][c] = count > 0 && count < threshold;
        hidden[r][c] = small[r][c];
      }
    }
  }

  private boolean hideComplements() {
    boolean changed = false;
    for (int r = 0; r < height; r++) {
      changed |= complete(r, true);
    }
    for (int c = 0; c < width; c++) {
      changed |= complete(c, false);
    }
    return changed;
  }

  /** Hides a second figure in a row (or column) that hides exactly one. */
  private boolean complete(int line, boolean isRow) {
    int length = isRow ? width : height;
    int hiddenCount = 0;
    int best = -1;
    for (int i = 0; i < length; i++) {
      if (isHidden(line, i, isRow)) {
        hiddenCount++;
      } else if (best < 0 || better(line, i, best, isRow)) {
        best = i;
      }
    }
    if (hiddenCount != 1 || best < 0) {
      return false;
    }
    hide(line, best, isRow);
    return true;
  }

  /** Whether figure {@code i} is a better one to hide than figure {@code j} of the line. */
  private boolean better(int line, int i, int j, boolean isRow) {
    int last = (isRow ? width : height) - 1;
    if ((i == last) != (j == last)) {
      return j == last;
    }
    long a = count(line, i, isRow);
    long b = count(line, j, isRow);
    if ((a == 0) != (b == 0)) {
      return b == 0;
    }
    return a < b;
  }

  private boolean isHidden(int line, int i, boolean isRow) {
    return isRow ? hidden[line][i] : hidden[i][line];
  }

  private void hide(int line, int i, boolean isRow) {
    if (isRow) {
      hidden[line][i] = true;
    } else {
      hidden[i][line] = true;
    }
  }

  private long count(int line, int i, boolean isRow) {
    return isRow ? table.at(line, i) : table.at(i, line);
  }

  private ShownTable shown() {
    ShownCount[][] cells = new ShownCount[height][width];
    boolean any = false;
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        cells[r][c] =
            small[r][c]
                ? ShownCount.small(threshold)
                : hidden[r][c] ? ShownCount.withheld() : ShownCount.of(table.at(r, c));
        any |= hidden[r][c];
      }
    }
    return new ShownTable(table.rowHeading(), table.rows(), table.columns(), cells, any);
  }
}
