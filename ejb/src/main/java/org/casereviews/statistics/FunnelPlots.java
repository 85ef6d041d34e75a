package org.casereviews.statistics;

import static org.casereviews.security.Roles.CDOP_OFFICER;
import static org.casereviews.security.Roles.PARTNERSHIP_ADMIN;
import static org.casereviews.security.Roles.REVIEW_OFFICER;
import static org.casereviews.security.Roles.VIEWER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casereviews.shared.BusinessException;

/**
 * Funnel plots of the partnership's reviews and child deaths against every area whose figures are
 * loaded: each area's rate per 10,000 children a year against its child population, England's rate,
 * and the 95% and 99.8% limits within which an area of that size falls by chance alone.
 */
@Stateless
@RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
public class FunnelPlots {

  /** The number of populations the limits are worked out at, to draw them as curves. */
  private static final int STEPS = 60;

  @PersistenceContext private EntityManager em;

  @EJB private ReviewStatistics reviews;

  /**
   * @throws BusinessException naming what to load when England's figures or the local area's do not
   *     cover the span
   */
  public Funnel funnel(@NotNull Measure measure, @NotNull Span span) {
    Figures figures = new Figures(em);
    Area area = reviews.localArea();
    Map<Integer, Long> england = figures.childrenByYear(Areas.ENGLAND, span);
    Map<Integer, Long> englandCounts =
        measure == Measure.REVIEWS
            ? figures.nationalReviewsByYear(span, ReviewStatistics.NATIONAL_TYPES)
            : figures.countsByYear(Areas.ENGLAND, Measure.CHILD_DEATHS, span);
    Map<Integer, Long> local = figures.childrenByYear(area.code(), span);
    new MissingFigures(span)
        .need(england, "England's child population (" + Areas.ENGLAND + ")")
        .need(
            englandCounts,
            measure == Measure.REVIEWS
                ? "England's reviews"
                : "England's child deaths (area counts for " + Areas.ENGLAND + ")")
        .need(local, "the child population of " + area.name() + " (" + area.code() + ")")
        .check();
    double centre = sum(englandCounts) / (double) sum(england) * FunnelLimits.PER;
    List<Funnel.Point> points = new ArrayList<>();
    for (Object[] row : figures.completeAreas(measure, span)) {
      String code = (String) row[0];
      if (!code.equals(Areas.ENGLAND) && !code.equals(area.code())) {
        points.add(
            point(
                code,
                (String) row[1],
                Figures.number(row[2]).longValue(),
                Figures.number(row[3]).longValue(),
                false,
                centre,
                span));
      }
    }
    points.add(
        point(area.code(), area.name(), sum(local), localCount(measure, span), true, centre, span));
    points.sort(Comparator.comparingDouble(Funnel.Point::children));
    return new Funnel(
        measure,
        span,
        centre,
        points,
        limits(points, centre, span),
        notes(measure, span, points, figures.areasWithCounts(measure, span, area.code())));
  }

  private long localCount(Measure measure, Span span) {
    if (measure == Measure.REVIEWS) {
      return reviews.commissioned(span, ReviewStatistics.NATIONAL_TYPES);
    }
    return reviews.deathsVsReviews(span).total().deaths();
  }

  private static Funnel.Point point(
      String code,
      String name,
      long childYears,
      long count,
      boolean local,
      double centre,
      Span span) {
    double rate = count / (double) childYears * FunnelLimits.PER;
    return new Funnel.Point(
        code,
        name,
        childYears / (double) span.length(),
        count,
        rate,
        local,
        standing(rate, centre, childYears));
  }

  private static String standing(double rate, double centre, double childYears) {
    if (rate > FunnelLimits.limit(centre, childYears, 0.999)) {
      return "Above the 99.8% limit";
    }
    if (rate > FunnelLimits.limit(centre, childYears, 0.975)) {
      return "Above the 95% limit";
    }
    if (rate < FunnelLimits.limit(centre, childYears, 0.001)) {
      return "Below the 99.8% limit";
    }
    if (rate < FunnelLimits.limit(centre, childYears, 0.025)) {
      return "Below the 95% limit";
    }
    return "Within the limits";
  }

  /** The limits from a little below the smallest area to a little above the largest. */
  private static List<Funnel.Limits> limits(List<Funnel.Point> points, double centre, Span span) {
    double smallest = points.get(0).children() / 2;
    double largest = points.get(points.size() - 1).children() * 1.5;
    List<Funnel.Limits> limits = new ArrayList<>();
    for (int step = 0; step <= STEPS; step++) {
      double children = smallest * Math.pow(largest / smallest, step / (double) STEPS);
      double childYears = children * span.length();
      limits.add(
          new Funnel.Limits(
              children,
              FunnelLimits.limit(centre, childYears, 0.025),
              FunnelLimits.limit(centre, childYears, 0.975),
              FunnelLimits.limit(centre, childYears, 0.001),
              FunnelLimits.limit(centre, childYears, 0.999)));
    }
    return limits;
  }

  private static List<String> notes(
      Measure measure, Span span, List<Funnel.Point> points, long loaded) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Rates are "
            + measure.noun()
            + " a year per 10,000 children aged 0-17, over "
            + span.label()
            + "; the partnership's own figure is counted here, other areas' are as loaded.");
    long shown = points.size() - 1;
    if (loaded > shown) {
      notes.add(
          (loaded - shown)
              + " area(s) with figures loaded are left out: their counts or child populations"
              + " do not cover every year of "
              + span.label()
              + ".");
    }
    return notes;
  }

  private static long sum(Map<Integer, Long> byYear) {
    return byYear.values().stream().mapToLong(Long::longValue).sum();
  }
}
