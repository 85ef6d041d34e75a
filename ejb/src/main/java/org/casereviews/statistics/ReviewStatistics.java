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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.IncidentCategory;

/**
 * The partnership's reviews in figures: Chart 1 (reviews commissioned per year), Chart 2 (child
 * deaths beside those that led to a review) and the comparison with England per head of the child
 * population. Every count is made by the database.
 */
@Stateless
@RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
public class ReviewStatistics {

  /** The kinds of review England's figures count: SCRs until 2019, LCSPRs since. */
  public static final List<ReviewType> NATIONAL_TYPES = List.of(ReviewType.SCR, ReviewType.LCSPR);

  @PersistenceContext private EntityManager em;

  @EJB private ReferenceData reference;

  @EJB private DeathCounts deaths;

  /** Every kind of review that is commissioned (a rapid review is not). */
  public static List<ReviewType> commissionedTypes() {
    return Arrays.stream(ReviewType.values()).filter(t -> t != ReviewType.RAPID_REVIEW).toList();
  }

  /**
   * Chart 1: the reviews of {@code types} (every commissioned kind when empty) commissioned in each
   * year of the span, after a death and after serious harm.
   */
  public ReviewsPerYear reviewsPerYear(@NotNull Span span, @NotNull Collection<ReviewType> types) {
    List<ReviewType> chosen = types.isEmpty() ? commissionedTypes() : commissioned(types);
    Map<Integer, long[]> counts = new HashMap<>();
    for (Object[] row : new Figures(em).reviewsByYearAndCategory(span, chosen)) {
      long[] year = counts.computeIfAbsent(Figures.number(row[0]).intValue(), y -> new long[2]);
      year[IncidentCategory.valueOf((String) row[1]) == IncidentCategory.DEATH ? 0 : 1] +=
          Figures.number(row[2]).longValue();
    }
    List<ReviewsPerYear.Line> years = perYear(span, counts, ReviewsPerYear.Line::of);
    return new ReviewsPerYear(
        span,
        chosen,
        years,
        ReviewsPerYear.Line.of(
            "Total",
            years.stream().mapToLong(ReviewsPerYear.Line::death).sum(),
            years.stream().mapToLong(ReviewsPerYear.Line::seriousHarm).sum()));
  }

  /** Chart 2: each year's child deaths beside the number that led to a case review. */
  public DeathsVsReviews deathsVsReviews(@NotNull Span span) {
    deaths.upToDate(span);
    Map<Integer, long[]> counts = new HashMap<>();
    for (Object[] row : new Figures(em).deathsAndReviewedByYear(span)) {
      counts.put(
          Figures.number(row[0]).intValue(),
          new long[] {Figures.number(row[1]).longValue(), Figures.number(row[2]).longValue()});
    }
    List<DeathsVsReviews.Line> years = perYear(span, counts, DeathsVsReviews.Line::of);
    return new DeathsVsReviews(
        span,
        years,
        DeathsVsReviews.Line.of(
            "Total",
            years.stream().mapToLong(DeathsVsReviews.Line::deaths).sum(),
            years.stream().mapToLong(DeathsVsReviews.Line::reviewed).sum()));
  }

  /**
   * The area's reviews of {@code types} (SCRs and LCSPRs when empty) against England's over the
   * span, per head of the child population.
   *
   * @throws BusinessException naming what is missing when the local area is not chosen, or a year
   *     of the span lacks England's reviews or either child population
   */
  public PerCapita perCapita(@NotNull Span span, @NotNull Collection<ReviewType> types) {
    List<ReviewType> chosen = types.isEmpty() ? NATIONAL_TYPES : commissioned(types);
    Area area = localArea();
    Figures figures = new Figures(em);
    Map<Integer, Long> national = figures.nationalReviewsByYear(span, chosen);
    Map<Integer, Long> local = figures.childrenByYear(area.code(), span);
    Map<Integer, Long> england = figures.childrenByYear(Areas.ENGLAND, span);
    new MissingFigures(span)
        .need(national, "England's reviews")
        .need(england, "England's child population (" + Areas.ENGLAND + ")")
        .need(local, "the child population of " + area.name() + " (" + area.code() + ")")
        .check();
    double expected = 0;
    for (int year : span.years()) {
      expected += national.get(year) * (double) local.get(year) / england.get(year);
    }
    long nationalTotal = national.values().stream().mapToLong(Long::longValue).sum();
    if (nationalTotal == 0) {
      throw new BusinessException(
          "types", "England's figures hold no reviews of these kinds in " + span.label() + ".");
    }
    long observed = sum(figures.reviewsByYear(span, chosen));
    PoissonComparison comparison = PoissonComparison.of(observed, expected);
    long localChildren = sum(local);
    long englandChildren = sum(england);
    return new PerCapita(
        span,
        chosen,
        area,
        observed,
        nationalTotal,
        localChildren,
        englandChildren,
        expected,
        comparison,
        comparison.summary(observed == 1 ? "review" : "reviews", "England"),
        PerCapitaWords.explain(
            area,
            span,
            chosen,
            observed,
            nationalTotal,
            (double) localChildren / englandChildren,
            comparison));
  }

  /** How many reviews of {@code types} the partnership commissioned in the span. */
  public long commissioned(@NotNull Span span, @NotNull Collection<ReviewType> types) {
    return sum(new Figures(em).reviewsByYear(span, commissioned(types)));
  }

  /**
   * The partnership's own area.
   *
   * @throws BusinessException when it is not chosen yet
   */
  public Area localArea() {
    return reference
        .localArea()
        .orElseThrow(
            () ->
                new BusinessException(
                    "Choose the partnership's own area on the Statistics reference data page first: the"
                        + " comparison needs to know which area's population is local."));
  }

  private static List<ReviewType> commissioned(Collection<ReviewType> types) {
    if (types.contains(ReviewType.RAPID_REVIEW)) {
      throw new BusinessException(
          "type",
          "A rapid review is not a commissioned review: choose the kinds of review to count.");
    }
    return List.copyOf(EnumSet.copyOf(types));
  }

  /** A line for every year of the span, from the pair of counts of each year (none: zeros). */
  private interface YearLine<L> {
    L of(String year, long first, long second);
  }

  private static <L> List<L> perYear(Span span, Map<Integer, long[]> counts, YearLine<L> line) {
    return span.years().stream()
        .map(
            y -> {
              long[] c = counts.getOrDefault(y, new long[2]);
              return line.of(String.valueOf(y), c[0], c[1]);
            })
        .toList();
  }

  private static long sum(Map<Integer, Long> byYear) {
    return byYear.values().stream().mapToLong(Long::longValue).sum();
  }
}
