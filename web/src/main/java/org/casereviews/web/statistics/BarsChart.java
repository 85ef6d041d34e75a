package org.casereviews.web.statistics;

import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A {@link PackChart.Bars} as a JFreeChart bar chart; a null value draws no bar. */
final class BarsChart {

  private static final int CATEGORIES_BEFORE_SLANTED_LABELS = 12;

  private BarsChart() {}

  /** The signature JFreeChart's stacked and side-by-side bar charts share. */
  private interface Factory {
    JFreeChart create(
        String title,
        String xLabel,
        String yLabel,
        org.jfree.data.category.CategoryDataset data,
        PlotOrientation orientation,
        boolean legend,
        boolean tooltips,
        boolean urls);
  }

  static JFreeChart of(PackChart.Bars bars) {
    DefaultCategoryDataset data = dataset(bars);
    Factory factory =
        bars.stacked() ? ChartFactory::createStackedBarChart : ChartFactory::createBarChart;
    JFreeChart chart =
        factory.create(
            bars.title(),
            bars.xLabel(),
            bars.yLabel(),
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartStyle.apply(chart);
    style(chart.getCategoryPlot(), bars);
    return chart;
  }

  private static DefaultCategoryDataset dataset(PackChart.Bars bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PackChart.Series series : bars.series()) {
      for (int i = 0; i < bars.categories().size(); i++) {
        data.addValue(series.values().get(i), series.name(), bars.categories().get(i));
      }
    }
    return data;
  }

  private static void style(CategoryPlot plot, PackChart.Bars bars) {
    plot.setDomainGridlinesVisible(false);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < bars.series().size(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.series(i));
    }
    CategoryAxis categories = plot.getDomainAxis();
    categories.setCategoryMargin(bars.stacked() ? 0.3 : 0.2);
    if (bars.categories().size() > CATEGORIES_BEFORE_SLANTED_LABELS) {
      categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    if (allWhole(bars.series())) {
      plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
  }

  /** Counts get whole-number ticks: a "2.5 reviews" grid line would puzzle a reader. */
  private static boolean allWhole(List<PackChart.Series> series) {
    return series.stream()
        .flatMap(one -> one.values().stream())
        .allMatch(value -> value == null || value instanceof Long || value instanceof Integer);
  }
}
