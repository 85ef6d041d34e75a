package org.casereviews.web.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackChartsTest {

  @Test
  void aStackedBarChartShowsEachSeriesInItsOwnColourAtTheScaledSize() {
    BufferedImage image = PackCharts.image(SamplePack.reviewsByYear().chart(), 600, 340, 2);
    Pixels.save(image, "bars.png");

    assertEquals(1200, image.getWidth());
    assertEquals(680, image.getHeight());
    assertTrue(Pixels.near(image, ChartStyle.SERIES[0]) > 20_000, "the Death bars are drawn");
    assertTrue(
        Pixels.near(image, ChartStyle.SERIES[1]) > 20_000, "the Serious harm bars are drawn");
  }

  @Test
  void aGapInASeriesLeavesItsBarOutAndTheOthersStand() {
    PackChart.Bars oneGap =
        new PackChart.Bars(
            "Gap",
            "Year",
            "Reviews",
            List.of("2023/24", "2024/25"),
            List.of(new PackChart.Series("Death", Arrays.asList(null, 10L))),
            false);
    PackChart.Bars noBar =
        new PackChart.Bars(
            "Gap",
            "Year",
            "Reviews",
            List.of("2023/24", "2024/25"),
            List.of(new PackChart.Series("Death", Arrays.asList(null, null))),
            false);

    assertTrue(Pixels.near(PackCharts.image(oneGap, 400, 300, 1), ChartStyle.SERIES[0]) > 2_000);
    assertTrue(Pixels.near(PackCharts.image(noBar, 400, 300, 1), ChartStyle.SERIES[0]) < 200);
  }

  @Test
  void aFunnelPlotShowsTheLocalAreaInItsOwnColourBesideTheOtherAreas() {
    BufferedImage image = PackCharts.image(SamplePack.funnelChart(), 600, 340, 2);
    Pixels.save(image, "funnel.png");

    assertTrue(Pixels.near(image, ChartStyle.HIGHLIGHT) > 300, "the local area's dot and label");
    assertTrue(Pixels.near(image, ChartStyle.SERIES[0]) > 40 * 60, "the other areas' dots");
  }

  @Test
  void thePngIsAPng() {
    byte[] png = PackCharts.png(SamplePack.funnelChart(), 300, 200, 1);

    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "the PNG signature");
  }
}
