package org.casereviews.web.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * How the pack's charts look: white, flat, with the pack's font, grey grid lines and colours that
 * stay apart for readers with colour-blindness (Okabe and Ito's palette) and on a grey-scale print.
 */
final class ChartStyle {

  /**
   * The series' colours, in order: blue, orange, bluish green, reddish purple, sky blue, yellow.
   */
  static final Color[] SERIES = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xF0E442)
  };

  /** The local area on a funnel plot: vermilion, apart from every series colour. */
  static final Color HIGHLIGHT = new Color(0xD55E00);

  static final Color LINES = new Color(0x333333);
  private static final Color GRID = new Color(0xD9D9D9);

  private ChartStyle() {}

  static Paint series(int index) {
    return SERIES[index % SERIES.length];
  }

  /** A line of the given width, solid for pattern 0, then dashed, dotted, dash-dotted. */
  static Stroke line(float width, int pattern) {
    float[][] dashes = {null, {7f, 4f}, {1.5f, 3f}, {7f, 3f, 1.5f, 3f}};
    float[] dash = dashes[pattern % dashes.length];
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  static void apply(JFreeChart chart) {
    theme().apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("data pack");
    theme.setExtraLargeFont(PackFont.awt(Font.BOLD, 15f));
    theme.setLargeFont(PackFont.awt(Font.PLAIN, 12f));
    theme.setRegularFont(PackFont.awt(Font.PLAIN, 11f));
    theme.setSmallFont(PackFont.awt(Font.PLAIN, 10f));
    theme.setTitlePaint(Color.BLACK);
    theme.setAxisLabelPaint(Color.BLACK);
    theme.setTickLabelPaint(LINES);
    theme.setLegendItemPaint(Color.BLACK);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setPlotOutlinePaint(GRID);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }
}
