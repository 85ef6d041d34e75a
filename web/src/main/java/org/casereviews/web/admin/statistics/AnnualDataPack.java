package org.casereviews.web.admin.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.casereviews.statistics.Breakdown;
import org.casereviews.statistics.CdopDimension;
import org.casereviews.statistics.CdopStatistics;
import org.casereviews.statistics.DeathsVsReviews;
import org.casereviews.statistics.Funnel;
import org.casereviews.statistics.FunnelPlots;
import org.casereviews.statistics.Measure;
import org.casereviews.statistics.PerCapita;
import org.casereviews.statistics.ReferenceData;
import org.casereviews.statistics.ReviewStatistics;
import org.casereviews.statistics.ReviewsPerYear;
import org.casereviews.statistics.ShownCount;
import org.casereviews.statistics.ShownTable;
import org.casereviews.statistics.Span;
import org.casereviews.web.statistics.PackChart;
import org.casereviews.web.statistics.PackContent;
import org.casereviews.web.statistics.PackSection;
import org.casereviews.web.statistics.PackTable;

/**
 * The annual data pack for a year: Chart 1 and Chart 2 over the ten years to it, the per-capita
 * comparison and the funnel plots over the same years, and the CDOP breakdowns of the three years
 * to it with small numbers suppressed, since the pack leaves the building whoever makes it.
 */
@Dependent
public class AnnualDataPack {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @EJB private ReviewStatistics reviews;

  @EJB private FunnelPlots funnels;

  @EJB private CdopStatistics cdop;

  @EJB private ReferenceData reference;

  /** The pack's content for {@code year}. */
  public PackContent forYear(int year) {
    Span decade = new Span(year - 9, year);
    LocalDate today = Today.inEngland();
    List<PackSection> sections = new ArrayList<>();
    sections.add(reviewsPerYear(reviews.reviewsPerYear(decade, List.of())));
    sections.add(deathsVsReviews(reviews.deathsVsReviews(decade)));
    sections.add(perCapita(decade));
    sections.add(funnel(Measure.REVIEWS, decade));
    sections.add(funnel(Measure.CHILD_DEATHS, decade));
    Span recent = new Span(year - 2, year);
    for (CdopDimension dimension : cdop.dimensions()) {
      sections.add(breakdown(cdop.breakdown(dimension, recent, true)));
    }
    String subtitle =
        "Reviews "
            + decade.label()
            + ", child deaths "
            + recent.label()
            + ". Produced "
            + DAY.format(today)
            + (year >= today.getYear() ? "; " + year + " is counted to that day." : ".");
    return new PackContent(
        "Safeguarding children partnership: statistics " + year, subtitle, sections);
  }

  private static PackSection reviewsPerYear(ReviewsPerYear chart) {
    List<List<Object>> rows = new ArrayList<>();
    List<String> years = new ArrayList<>();
    List<Number> death = new ArrayList<>();
    List<Number> harm = new ArrayList<>();
    for (ReviewsPerYear.Line line : chart.years()) {
      rows.add(List.of(line.year(), line.death(), line.seriousHarm(), line.total()));
      years.add(line.year());
      death.add(line.death());
      harm.add(line.seriousHarm());
    }
    ReviewsPerYear.Line total = chart.total();
    rows.add(List.of("Total", total.death(), total.seriousHarm(), total.total()));
    return new PackSection(
        "Reviews commissioned, " + chart.span().label(),
        List.of(
            "Chart 1. Every kind of review the partnership commissioned, counted in the year it"
                + " was initiated, by whether the child died or was seriously harmed."),
        new PackChart.Bars(
            "Reviews commissioned",
            "Year",
            "Reviews",
            years,
            List.of(
                new PackChart.Series("After a child's death", death),
                new PackChart.Series("After serious harm", harm)),
            true),
        new PackTable(
            null, List.of("Year", "After a death", "After serious harm", "All"), rows, List.of()));
  }

  private static PackSection deathsVsReviews(DeathsVsReviews chart) {
    List<List<Object>> rows = new ArrayList<>();
    List<String> years = new ArrayList<>();
    List<Number> deaths = new ArrayList<>();
    List<Number> reviewed = new ArrayList<>();
    for (DeathsVsReviews.Line line : chart.years()) {
      rows.add(List.of(line.year(), line.deaths(), line.reviewed(), line.share()));
      years.add(line.year());
      deaths.add(line.deaths());
      reviewed.add(line.reviewed());
    }
    DeathsVsReviews.Line total = chart.total();
    rows.add(List.of("Total", total.deaths(), total.reviewed(), total.share()));
    return new PackSection(
        "Child deaths and the reviews they led to, " + chart.span().label(),
        List.of(
            "Chart 2. The children who died each year, beside those whose death led to a case review."),
        new PackChart.Bars(
            "Child deaths and reviews",
            "Year",
            "Children",
            years,
            List.of(
                new PackChart.Series("Child deaths", deaths),
                new PackChart.Series("Deaths that led to a review", reviewed)),
            false),
        new PackTable(
            null, List.of("Year", "Child deaths", "Led to a review", "Share"), rows, List.of()));
  }

  private PackSection perCapita(Span decade) {
    String heading = "Reviews per head of the child population, " + decade.label();
    PerCapita p;
    try {
      p = reviews.perCapita(decade, List.of());
    } catch (BusinessException missing) {
      return new PackSection(heading, List.of(missing.getMessage()), null, null);
    }
    var c = p.comparison();
    List<List<Object>> rows =
        List.of(
            List.of(p.area().name() + "'s reviews", (Object) p.observed()),
            List.of("England's reviews", p.national()),
            List.of("Share of England's reviews", percent(p.reviewShare())),
            List.of("Share of England's children aged 0-17", percent(p.populationShare())),
            List.of("Expected at England's rate", round(p.expected(), 1)),
            List.of("Ratio, observed to expected", round(c.ratio(), 2)),
            List.of("95% confidence interval, lower", round(c.lower(), 2)),
            List.of("95% confidence interval, upper", round(c.upper(), 2)),
            List.of("Two-sided p-value", c.quotedPValue()));
    return new PackSection(
        heading,
        List.of(p.summary() + ".", p.explanation()),
        null,
        new PackTable(
            null,
            List.of("Figure", "Value"),
            rows,
            List.of(
                "Exact Poisson confidence interval and exact two-sided test; the expected count is"
                    + " each year's national reviews times the area's share of that year's children.")));
  }

  private PackSection funnel(Measure measure, Span decade) {
    String heading = "Funnel plot: " + measure.noun() + ", " + decade.label();
    Funnel f;
    try {
      f = funnels.funnel(measure, decade);
    } catch (BusinessException missing) {
      return new PackSection(heading, List.of(missing.getMessage()), null, null);
    }
    List<PackChart.Limit> limits =
        List.of(
            new PackChart.Limit(
                "95%",
                f.limits().stream().map(Funnel.Limits::children).toList(),
                f.limits().stream().map(Funnel.Limits::lower95).toList(),
                f.limits().stream().map(Funnel.Limits::upper95).toList()),
            new PackChart.Limit(
                "99.8%",
                f.limits().stream().map(Funnel.Limits::children).toList(),
                f.limits().stream().map(Funnel.Limits::lower998).toList(),
                f.limits().stream().map(Funnel.Limits::upper998).toList()));
    List<PackChart.Point> points =
        f.points().stream()
            .map(p -> new PackChart.Point(p.name(), p.children(), p.rate(), p.local()))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    f.points()
        .forEach(
            p ->
                rows.add(
                    List.of(
                        p.name() + (p.local() ? " (this partnership)" : ""),
                        Math.round(p.children()),
                        p.count(),
                        round(p.rate(), 3),
                        p.standing())));
    List<String> paragraphs = new ArrayList<>(f.notes());
    paragraphs.add(
        0,
        String.format(Locale.UK, "England's rate: %.3f a year per 10,000 children.", f.centre()));
    return new PackSection(
        heading,
        paragraphs,
        new PackChart.Funnel(
            heading,
            "Children aged 0-17 (average a year)",
            "A year per 10,000 children",
            f.centre(),
            limits,
            points),
        new PackTable(
            null,
            List.of("Area", "Children", measure.getLabel(), "Rate per 10,000", "Against England"),
            rows,
            List.of()));
  }

  private static PackSection breakdown(Breakdown b) {
    ShownTable t = b.table();
    List<String> columns = new ArrayList<>();
    columns.add(t.rowHeading());
    columns.addAll(t.columns());
    columns.add("Total");
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r <= t.rows().size(); r++) {
      List<Object> row = new ArrayList<>();
      row.add(r < t.rows().size() ? t.rows().get(r) : "Total");
      t.row(r).forEach(cell -> row.add(cell(cell)));
      rows.add(row);
    }
    return new PackSection(
        "Child deaths by "
            + b.dimension().getLabel().toLowerCase(Locale.UK)
            + ", "
            + b.span().label(),
        List.of(),
        null,
        new PackTable(null, columns, rows, b.notes()));
  }

  private static Object cell(ShownCount count) {
    return count.isSuppressed() ? count.text() : (Object) count.count();
  }

  private static String percent(double share) {
    return String.format(Locale.UK, "%.1f%%", 100 * share);
  }

  private static Double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
