package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static CountTable table(long[][] counts) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < counts.length; r++) {
      rows.add("row " + r);
    }
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < counts[0].length; c++) {
      columns.add("column " + c);
    }
    return new CountTable("Rows", rows, columns, counts);
  }

  /** The table as text, one line a row with its total, then the totals: "<5" where hidden. */
  private static String shown(ShownTable table) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r <= table.rows().size(); r++) {
      text.append(String.join(" ", table.row(r).stream().map(ShownCount::text).toList()));
      text.append('\n');
    }
    return text.toString();
  }

  @Test
  void smallCountsAreHiddenAndASecondFigureInTheirLinesToo() {
    ShownTable shown = Suppression.apply(table(new long[][] {{3, 10, 12}, {8, 9, 20}}), 5);

    // 3 is hidden; then its row and its column each hide their smallest other count: 10 and 8;
    // then the column of 10 hides 9, and every line hides two figures or none
    assertEquals("<5 [c] 12 25\n[c] [c] 20 37\n11 19 32 62\n", shown(shown));
    assertTrue(shown.suppressed());
  }

  @Test
  void noLineWithATotalHidesExactlyOneFigure() {
    long[][] counts = {
      {1, 40, 0, 7}, {12, 2, 30, 9}, {15, 16, 17, 4}, {0, 0, 0, 6}, {50, 60, 70, 80}
    };
    ShownTable shown = Suppression.apply(table(counts), 5);

    for (int r = 0; r <= counts.length; r++) {
      long hidden = shown.row(r).stream().filter(ShownCount::isSuppressed).count();
      assertTrue(hidden != 1, "row " + r + " hides one figure: " + shown(shown));
    }
    for (int c = 0; c <= counts[0].length; c++) {
      int column = c;
      long hidden =
          java.util.stream.IntStream.rangeClosed(0, counts.length)
              .filter(r -> shown.row(r).get(column).isSuppressed())
              .count();
      assertTrue(hidden != 1, "column " + c + " hides one figure: " + shown(shown));
    }
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < counts[0].length; c++) {
        if (counts[r][c] > 0 && counts[r][c] < 5) {
          assertTrue(shown.row(r).get(c).isSuppressed(), r + "," + c + " is shown");
        }
      }
    }
  }

  @Test
  void aSingleColumnHidesTheTotalOfAHiddenCountAndAnotherRow() {
    ShownTable shown = Suppression.apply(table(new long[][] {{2}, {30}, {45}}), 5);

    // the row total of 2 is 2 itself; the column then hides the next smallest count, 30, and
    // its row total 30 in turn
    assertEquals("<5 <5\n[c] [c]\n45 45\n77 77\n", shown(shown));
  }

  @Test
  void zerosAndLargeCountsAreShown() {
    ShownTable shown = Suppression.apply(table(new long[][] {{0, 10}, {6, 0}}), 5);

    assertEquals("0 10 10\n6 0 6\n6 10 16\n", shown(shown));
    assertFalse(shown.suppressed());
  }

  @Test
  void aThresholdOfOneHidesNothing() {
    ShownTable shown = Suppression.apply(table(new long[][] {{1, 2}, {3, 4}}), 1);

    assertEquals("1 2 3\n3 4 7\n4 6 10\n", shown(shown));
  }

  @Test
  void theThresholdIsTheTextShown() {
    ShownTable shown = Suppression.apply(table(new long[][] {{5, 9}, {9, 9}}), 10);

    assertEquals("<10", shown.row(0).get(0).text());
    assertEquals("<10", shown.row(1).get(1).text());
  }
}
