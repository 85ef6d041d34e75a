package org.casereviews.web.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A {@link PackChart.Funnel} as a JFreeChart XY plot: the areas as dots over the centre line and
 * the control limits. The y axis spans the points and the limits over the points' populations, so
 * the limits' steep ends at tiny populations do not squash the points into a line.
 */
final class FunnelChart {

  private static final int POINTS = 0;
  private static final int LINES = 1;

  private FunnelChart() {}

  static JFreeChart of(PackChart.Funnel funnel) {
    NumberAxis x = new NumberAxis(funnel.xLabel());
    NumberAxis y = new NumberAxis(funnel.yLabel());
    XYPlot plot = new XYPlot(null, x, y, null);
    plot.setDataset(POINTS, points(funnel.points()));
    plot.setDataset(LINES, lines(funnel));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart(funnel.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(chart);
    // after the theme, which would paint the series in its own colours
    plot.setRenderer(POINTS, pointRenderer(funnel.points()));
    plot.setRenderer(LINES, lineRenderer(funnel.limits().size()));
    FunnelRange range = FunnelRange.of(funnel);
    x.setRange(range.xLower(), range.xUpper());
    y.setRange(range.yLower(), range.yUpper());
    funnel.points().stream()
        .filter(PackChart.Point::highlighted)
        .forEach(point -> plot.addAnnotation(label(point)));
    return chart;
  }

  /** The other areas in one series, then each highlighted area in a series of its own. */
  private static XYSeriesCollection points(List<PackChart.Point> points) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries others = new XYSeries("Other areas", false, true);
    points.stream().filter(p -> !p.highlighted()).forEach(p -> others.add(p.x(), p.y()));
    data.addSeries(others);
    for (PackChart.Point point : points) {
      if (point.highlighted()) {
        XYSeries local = new XYSeries(point.label(), false, true);
        local.add(point.x(), point.y());
        data.addSeries(local);
      }
    }
    return data;
  }

  private static XYLineAndShapeRenderer pointRenderer(List<PackChart.Point> points) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    renderer.setSeriesPaint(0, ChartStyle.SERIES[0]);
    long highlighted = points.stream().filter(PackChart.Point::highlighted).count();
    for (int i = 1; i <= highlighted; i++) {
      renderer.setSeriesShape(i, new Ellipse2D.Double(-5.5, -5.5, 11, 11));
      renderer.setSeriesPaint(i, ChartStyle.HIGHLIGHT);
    }
    return renderer;
  }

  /** Series 0 is the centre line; then each limit's lower and upper curve. */
  private static XYSeriesCollection lines(PackChart.Funnel funnel) {
    XYSeriesCollection data = new XYSeriesCollection();
    FunnelRange range = FunnelRange.of(funnel);
    XYSeries centre = new XYSeries("Centre line", false, true);
    centre.add(range.xLower(), funnel.centre());
    centre.add(range.xUpper(), funnel.centre());
    data.addSeries(centre);
    for (PackChart.Limit limit : funnel.limits()) {
      data.addSeries(curve(limit.name() + " limits", limit.x(), limit.lower()));
      data.addSeries(curve(limit.name() + " limits (upper)", limit.x(), limit.upper()));
    }
    return data;
  }

  private static XYSeries curve(String key, List<Double> x, List<Double> y) {
    XYSeries curve = new XYSeries(key, true, true);
    for (int i = 0; i < x.size(); i++) {
      curve.add(x.get(i), y.get(i));
    }
    return curve;
  }

  private static XYLineAndShapeRenderer lineRenderer(int limits) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesStroke(0, ChartStyle.line(1.6f, 0));
    for (int i = 0; i < limits; i++) {
      for (int side = 1; side <= 2; side++) {
        int series = 2 * i + side;
        renderer.setSeriesPaint(series, ChartStyle.LINES);
        renderer.setSeriesStroke(series, ChartStyle.line(1.3f, i + 1));
        renderer.setSeriesVisibleInLegend(series, side == 1);
      }
    }
    return renderer;
  }

  private static XYPointerAnnotation label(PackChart.Point point) {
    XYPointerAnnotation label =
        new XYPointerAnnotation(point.label(), point.x(), point.y(), -Math.PI / 4);
    label.setFont(PackFont.awt(Font.BOLD, 12f));
    label.setPaint(ChartStyle.HIGHLIGHT);
    label.setArrowPaint(ChartStyle.HIGHLIGHT);
    label.setTipRadius(7);
    label.setBaseRadius(28);
    label.setLabelOffset(3);
    label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
    return label;
  }
}
