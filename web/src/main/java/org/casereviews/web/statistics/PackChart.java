package org.casereviews.web.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A chart, drawn on the server as an image ({@link PackCharts}). */
public sealed interface PackChart permits PackChart.Bars, PackChart.Funnel {

  /** The chart's title, drawn above it. */
  String title();

  /**
   * Vertical bars per category (e.g. years), one series per colour; stacked or side by side. A null
   * value is a gap (e.g. a suppressed count).
   */
  record Bars(
      String title,
      String xLabel,
      String yLabel,
      List<String> categories,
      List<Series> series,
      boolean stacked)
      implements PackChart {

    public Bars {
      categories = List.copyOf(Objects.requireNonNull(categories, "a bar chart needs categories"));
      series = List.copyOf(Objects.requireNonNull(series, "a bar chart needs its series"));
      for (Series one : series) {
        if (one.values().size() != categories.size()) {
          throw new IllegalArgumentException(
              "The series \""
                  + one.name()
                  + "\" has "
                  + one.values().size()
                  + " values for "
                  + categories.size()
                  + " categories");
        }
      }
    }
  }

  /** One colour of a bar chart: a value per category, {@code null} where there is none to show. */
  record Series(String name, List<Number> values) {

    public Series {
      Objects.requireNonNull(name, "a series needs a name, for the legend");
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /**
   * A funnel plot: points (x = child population, y = rate per 10,000), a horizontal centre line
   * (England's rate), and control-limit curves.
   */
  record Funnel(
      String title,
      String xLabel,
      String yLabel,
      double centre,
      List<Limit> limits,
      List<Point> points)
      implements PackChart {

    public Funnel {
      limits = List.copyOf(Objects.requireNonNull(limits, "a funnel plot needs its limits"));
      points = List.copyOf(Objects.requireNonNull(points, "a funnel plot needs its points"));
    }
  }

  /** One pair of control limits, e.g. "95%" and "99.8%": lower and upper y for each x. */
  record Limit(String name, List<Double> x, List<Double> lower, List<Double> upper) {

    public Limit {
      Objects.requireNonNull(name, "a control limit needs a name, for the legend");
      x = List.copyOf(x);
      lower = List.copyOf(lower);
      upper = List.copyOf(upper);
      if (lower.size() != x.size() || upper.size() != x.size()) {
        throw new IllegalArgumentException(
            "The limit \"" + name + "\" needs a lower and an upper y for each of its x");
      }
    }
  }

  /**
   * One area; the highlighted one is the local area (drawn in a distinct colour, with its label).
   */
  record Point(String label, double x, double y, boolean highlighted) {}
}
