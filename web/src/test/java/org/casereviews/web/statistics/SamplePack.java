package org.casereviews.web.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A pack like the partnership's annual one, made afresh for each test that asks for one. */
final class SamplePack {

  static final String TITLE = "Northshire Safeguarding Children Partnership";
  static final String REVIEWS = "Reviews by year";
  static final String FUNNEL = "Child deaths compared with England";
  static final String AGENCIES = "Rapid reviews – by agency";
  static final String LOCAL_AREA = "Northshire";

  private SamplePack() {}

  static PackContent annual() {
    return new PackContent(
        TITLE,
        "Annual data pack – April 2024 to March 2025",
        List.of(reviewsByYear(), funnel(), agencies()));
  }

  static PackSection reviewsByYear() {
    List<String> years = List.of("2020/21", "2021/22", "2022/23", "2023/24", "2024/25");
    PackChart.Bars bars =
        new PackChart.Bars(
            "Reviews started each year",
            "Year",
            "Reviews",
            years,
            List.of(
                new PackChart.Series("Death", List.of(12L, 15L, 9L, 14L, 11L)),
                new PackChart.Series(
                    "Serious harm", java.util.Arrays.asList(21L, 18L, null, 25L, 23L))),
            true);
    PackTable table =
        new PackTable(
            "Reviews started, by the notification's reason",
            List.of("Year", "Death", "Serious harm", "Total"),
            List.of(
                List.of("2020/21", 12L, 21L, 33L),
                List.of("2021/22", 15L, 18L, 33L),
                List.of("2022/23", 9L, "<5", "<15"),
                List.of("2023/24", 14L, 25L, 39L),
                List.of("2024/25", 11L, 23L, 1234L)),
            List.of("Counts below 5 are shown as <5 to protect the children's identity."));
    return new PackSection(
        REVIEWS,
        List.of(
            "Reviews started after a notification to the national panel; a review costs about £8,500.",
            "Serious harm ≥ 3 agencies involved; the café outreach team (Médecins) took part."),
        bars,
        table);
  }

  static PackSection funnel() {
    return new PackSection(
        FUNNEL,
        List.of("Each dot is a local authority; the one labelled is Northshire."),
        funnelChart(),
        null);
  }

  static PackChart.Funnel funnelChart() {
    double centre = 3.1;
    return new PackChart.Funnel(
        "Child deaths per 10,000 children, 2022–2025",
        "Children aged 0 to 17",
        "Deaths per 10,000 children",
        centre,
        List.of(limit("95%", centre, 1.96), limit("99.8%", centre, 3.09)),
        points(centre));
  }

  private static PackChart.Limit limit(String name, double centre, double z) {
    List<Double> x = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    List<Double> upper = new ArrayList<>();
    for (double children = 5_000; children <= 340_000; children += 5_000) {
      double spread = z * Math.sqrt(centre * 10_000 / children);
      x.add(children);
      lower.add(Math.max(0, centre - spread));
      upper.add(centre + spread);
    }
    return new PackChart.Limit(name, x, lower, upper);
  }

  private static List<PackChart.Point> points(double centre) {
    Random random = new Random(7);
    List<PackChart.Point> points = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      double children = 20_000 + random.nextInt(300_000);
      double rate = centre + random.nextGaussian() * Math.sqrt(centre * 10_000 / children);
      points.add(new PackChart.Point("Area " + i, children, Math.max(0, rate), false));
    }
    points.add(new PackChart.Point(LOCAL_AREA, 120_000, 4.6, true));
    return points;
  }

  static PackSection agencies() {
    PackTable table =
        new PackTable(
            null,
            List.of("Agency", "Rapid reviews", "Share (%)"),
            List.of(
                List.of("Police", 31L, 41.3),
                List.of("Health", 27, 36.0),
                List.of("Education", "<5", ""),
                List.of("Children's social care", 12L, 16.0)),
            List.of("Share of the 75 rapid reviews.", "Source: the partnership's case records."));
    return new PackSection(AGENCIES, List.of(), null, table);
  }

  /** A section whose table runs over more than a page. */
  static PackSection longTable(int rows) {
    List<List<Object>> lines = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      lines.add(List.of("E0600" + (1000 + i), "Area " + i, (long) (i * 37), i * 0.25));
    }
    PackTable table =
        new PackTable(
            "Every area",
            List.of("Area code", "Area name", "Children", "Rate"),
            lines,
            List.of("Rates per 10,000 children."));
    return new PackSection("All areas", List.of("The full list."), null, table);
  }
}
