package org.casereviews.web.admin.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.casereviews.statistics.DeathsVsReviews;
import org.casereviews.statistics.Funnel;
import org.casereviews.statistics.ReviewsPerYear;

/** The Chart.js configurations {@code p:chart} draws the statistics from. */
public final class ChartJson {

  static final String DEATH = "#8c2d04";
  static final String HARM = "#f28e2b";
  static final String DEATHS = "#4e79a7";
  static final String REVIEWED = "#e15759";
  static final String LOCAL = "#d62728";

  private ChartJson() {}

  /** One colour of bars: its name in the legend and its value for each label. */
  private record Bars(String label, List<Long> values, String colour) {}

  /** Chart 1: bars per year, stacked by death and serious harm. */
  public static String reviewsPerYear(ReviewsPerYear chart) {
    List<ReviewsPerYear.Line> years = chart.years();
    return bars(
        years.stream().map(ReviewsPerYear.Line::year).toList(),
        List.of(
            new Bars(
                "After a child's death",
                years.stream().map(ReviewsPerYear.Line::death).toList(),
                DEATH),
            new Bars(
                "After serious harm",
                years.stream().map(ReviewsPerYear.Line::seriousHarm).toList(),
                HARM)),
        "Reviews commissioned",
        true);
  }

  /** Chart 2: deaths per year beside those that led to a review. */
  public static String deathsVsReviews(DeathsVsReviews chart) {
    List<DeathsVsReviews.Line> years = chart.years();
    return bars(
        years.stream().map(DeathsVsReviews.Line::year).toList(),
        List.of(
            new Bars(
                "Child deaths", years.stream().map(DeathsVsReviews.Line::deaths).toList(), DEATHS),
            new Bars(
                "Deaths that led to a review",
                years.stream().map(DeathsVsReviews.Line::reviewed).toList(),
                REVIEWED)),
        "Children",
        false);
  }

  private static String bars(List<String> labels, List<Bars> bars, String yTitle, boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Bars bar : bars) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      bar.values().forEach(data::add);
      datasets.add(
          Json.createObjectBuilder()
              .add("label", bar.label())
              .add("data", data)
              .add("backgroundColor", bar.colour()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", datasets))
        .add("options", barOptions(yTitle, stacked))
        .build()
        .toString();
  }

  /** A funnel plot: areas as points, the local one marked, England's rate and the limits. */
  public static String funnel(Funnel funnel) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    JsonArrayBuilder others = Json.createArrayBuilder();
    JsonArrayBuilder local = Json.createArrayBuilder();
    funnel.points().forEach(p -> (p.local() ? local : others).add(point(p.children(), p.rate())));
    datasets.add(
        scatter(funnel.local().map(Funnel.Point::name).orElse("Local area"), local, LOCAL, 7));
    datasets.add(scatter("Other areas", others, "#7f7f7f", 3));
    List<Funnel.Limits> limits = funnel.limits();
    datasets.add(line("England's rate", limits, l -> funnel.centre(), "#000000", List.of()));
    datasets.add(line("95% upper limit", limits, Funnel.Limits::upper95, "#1f77b4", List.of(6, 4)));
    datasets.add(line("95% lower limit", limits, Funnel.Limits::lower95, "#1f77b4", List.of(6, 4)));
    datasets.add(
        line("99.8% upper limit", limits, Funnel.Limits::upper998, "#9467bd", List.of(2, 3)));
    datasets.add(
        line("99.8% lower limit", limits, Funnel.Limits::lower998, "#9467bd", List.of(2, 3)));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x", axis("Children aged 0-17 (average a year)").add("type", "logarithmic"))
                    .add("y", axis("A year per 10,000 children").add("beginAtZero", true)));
    return Json.createObjectBuilder()
        .add("type", "scatter")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", options.build())
        .build()
        .toString();
  }

  private static JsonObjectBuilder barOptions(String yTitle, boolean stacked) {
    return Json.createObjectBuilder()
        .add("animation", false)
        .add(
            "scales",
            Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                .add(
                    "y",
                    axis(yTitle)
                        .add("stacked", stacked)
                        .add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static JsonObjectBuilder point(double x, double y) {
    return Json.createObjectBuilder().add("x", x).add("y", y);
  }

  private static JsonObjectBuilder scatter(
      String label, JsonArrayBuilder data, String colour, int radius) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("pointRadius", radius);
  }

  private static JsonObjectBuilder line(
      String label,
      List<Funnel.Limits> limits,
      java.util.function.ToDoubleFunction<Funnel.Limits> y,
      String colour,
      List<Integer> dash) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    limits.forEach(l -> data.add(point(l.children(), y.applyAsDouble(l))));
    JsonArrayBuilder dashes = Json.createArrayBuilder();
    dash.forEach(dashes::add);
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("borderWidth", 1.5)
        .add("borderDash", dashes)
        .add("pointRadius", 0)
        .add("fill", false);
  }
}
