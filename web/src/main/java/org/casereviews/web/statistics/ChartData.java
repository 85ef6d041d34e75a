package org.casereviews.web.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's figures as a {@link PackTable}, for the workbook: a reader who wants the numbers behind
 * a chart finds them on the section's sheet.
 */
final class ChartData {

  private ChartData() {}

  static PackTable of(PackChart chart) {
    if (chart instanceof PackChart.Bars bars) {
      return bars(bars);
    }
    return funnel((PackChart.Funnel) chart);
  }

  /** Categories as rows, series as columns; a gap stays an empty cell. */
  private static PackTable bars(PackChart.Bars bars) {
    List<String> columns = new ArrayList<>();
    columns.add(labelOr(bars.xLabel(), "Category"));
    bars.series().forEach(series -> columns.add(series.name()));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < bars.categories().size(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(bars.categories().get(i));
      for (PackChart.Series series : bars.series()) {
        row.add(cell(series.values().get(i)));
      }
      rows.add(row);
    }
    return new PackTable(bars.title(), columns, rows, List.of("The figures of the chart."));
  }

  private static PackTable funnel(PackChart.Funnel funnel) {
    List<String> columns =
        List.of(
            "Area", labelOr(funnel.xLabel(), "x"), labelOr(funnel.yLabel(), "y"), "Highlighted");
    List<List<Object>> rows = new ArrayList<>();
    for (PackChart.Point point : funnel.points()) {
      String highlighted = point.highlighted() ? "Yes" : "";
      rows.add(List.of(point.label(), whole(point.x()), point.y(), highlighted));
    }
    String centre = "Centre line: " + CellText.of(funnel.centre()) + ".";
    return new PackTable(
        funnel.title(), columns, rows, List.of("The points of the chart.", centre));
  }

  /** Keeps whole numbers whole and other numbers as doubles: the table takes no other kinds. */
  private static Object cell(Number value) {
    if (value == null || value instanceof Long || value instanceof Integer) {
      return value;
    }
    return value.doubleValue();
  }

  /** A population of 45000.0 reads as 45,000. */
  private static Object whole(double value) {
    return value == Math.rint(value) && Math.abs(value) < Long.MAX_VALUE
        ? (Object) (long) value
        : value;
  }

  private static String labelOr(String label, String fallback) {
    return label == null || label.isBlank() ? fallback : label;
  }
}
