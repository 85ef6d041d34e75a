package org.casereviews.web.statistics;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * Draws a {@link PackChart} on the server, without a display. Sizes are given in the chart's own
 * units, in which its fonts are laid out (11 to 15 units); the scale multiplies the pixels, so a
 * chart laid out at 600 by 340 and drawn at scale 3 prints sharply across an A4 page.
 */
public final class PackCharts {

  private PackCharts() {}

  /**
   * The chart as an opaque image of {@code width * scale} by {@code height * scale} pixels: no
   * alpha channel, so the PDF embeds one image rather than an image and its mask.
   */
  public static BufferedImage image(PackChart chart, int width, int height, double scale) {
    BufferedImage image =
        new BufferedImage(
            (int) Math.round(width * scale),
            (int) Math.round(height * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, image.getWidth(), image.getHeight());
      g2.scale(scale, scale);
      jfree(chart).draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return image;
  }

  /** The chart as PNG bytes; see {@link #image}. */
  public static byte[] png(PackChart chart, int width, int height, double scale) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(chart, width, height, scale), "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  static JFreeChart jfree(PackChart chart) {
    if (chart instanceof PackChart.Bars bars) {
      return BarsChart.of(bars);
    }
    return FunnelChart.of((PackChart.Funnel) chart);
  }
}
