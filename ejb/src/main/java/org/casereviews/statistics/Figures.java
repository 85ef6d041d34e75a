package org.casereviews.statistics;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casereviews.review.ReviewType;

/**
 * The counts the statistics are made of, each one SQL aggregation: the partnership's own reviews
 * and child deaths, and the reference figures loaded for England and other areas.
 */
final class Figures {

  /** The day a review counts as commissioned on: initiation, or for history the day it opened. */
  private static final String COMMISSIONED = "COALESCE(r.initiated_on, r.opened_on)";

  /**
   * A review counts once it was commissioned; one from history counts whatever its dates say, since
   * a partnership's past reviews were all carried out.
   */
  private static final String WAS_COMMISSIONED =
      "(r.initiated_on IS NOT NULL OR r.imported = TRUE)";

  private final EntityManager em;

  Figures(EntityManager em) {
    this.em = em;
  }

  /** The partnership's commissioned reviews of {@code types} by year and category. */
  List<Object[]> reviewsByYearAndCategory(Span span, Collection<ReviewType> types) {
    String year = "EXTRACT(YEAR FROM " + COMMISSIONED + ")";
    return rows(
        "SELECT "
            + year
            + ", r.category, COUNT(*) FROM review r WHERE r.review_type IN ("
            + literals(types)
            + ") AND "
            + WAS_COMMISSIONED
            + " AND "
            + COMMISSIONED
            + " BETWEEN ? AND ? GROUP BY "
            + year
            + ", r.category",
        span);
  }

  /** The partnership's commissioned reviews of {@code types} by year. */
  Map<Integer, Long> reviewsByYear(Span span, Collection<ReviewType> types) {
    Map<Integer, Long> byYear = new HashMap<>();
    reviewsByYearAndCategory(span, types)
        .forEach(
            row -> byYear.merge(number(row[0]).intValue(), number(row[2]).longValue(), Long::sum));
    return byYear;
  }

  /**
   * The child deaths of each year, and how many of them led to a case review, from the counts kept
   * by {@link DeathCounts} (which the caller brings up to date first).
   */
  List<Object[]> deathsAndReviewedByYear(Span span) {
    return rows(
        "SELECT for_year, SUM(deaths), SUM(reviewed) FROM death_tally WHERE dimension = ?"
            + " AND for_year BETWEEN ? AND ? GROUP BY for_year",
        CdopDimension.CATEGORY.name(),
        span.from(),
        span.to());
  }

  /** England's reviews of {@code types} by year, for the years loaded. */
  Map<Integer, Long> nationalReviewsByYear(Span span, Collection<ReviewType> types) {
    return byYear(
        em.createNativeQuery(
                "SELECT for_year, SUM(reviews) FROM stat_national_reviews WHERE review_type IN ("
                    + literals(types)
                    + ") AND for_year BETWEEN ? AND ? GROUP BY for_year")
            .setParameter(1, span.from())
            .setParameter(2, span.to())
            .getResultList());
  }

  /** An area's children by year, for the years loaded. */
  Map<Integer, Long> childrenByYear(String areaCode, Span span) {
    return byYear(
        em.createNativeQuery(
                "SELECT for_year, children FROM stat_population"
                    + " WHERE area_code = ? AND for_year BETWEEN ? AND ?")
            .setParameter(1, areaCode)
            .setParameter(2, span.from())
            .setParameter(3, span.to())
            .getResultList());
  }

  /** An area's published count of {@code measure} by year, for the years loaded. */
  Map<Integer, Long> countsByYear(String areaCode, Measure measure, Span span) {
    return byYear(
        em.createNativeQuery(
                "SELECT for_year, counted FROM stat_area_count"
                    + " WHERE area_code = ? AND measure = ? AND for_year BETWEEN ? AND ?")
            .setParameter(1, areaCode)
            .setParameter(2, measure.name())
            .setParameter(3, span.from())
            .setParameter(4, span.to())
            .getResultList());
  }

  /**
   * Every area with a published count of {@code measure} for each year of the span and a child
   * population for each: code, name, children summed over the years, count summed.
   */
  List<Object[]> completeAreas(Measure measure, Span span) {
    return rows(
        "SELECT a.code, a.name, p.children, c.counted FROM stat_area a"
            + " JOIN (SELECT area_code, SUM(children) AS children, COUNT(*) AS years"
            + " FROM stat_population WHERE for_year BETWEEN ? AND ? GROUP BY area_code) p"
            + " ON p.area_code = a.code"
            + " JOIN (SELECT area_code, SUM(counted) AS counted, COUNT(*) AS years"
            + " FROM stat_area_count WHERE measure = '"
            + measure.name()
            + "' AND for_year BETWEEN ? AND ? GROUP BY area_code) c ON c.area_code = a.code"
            + " WHERE p.years = ? AND c.years = ?",
        span.from(),
        span.to(),
        span.from(),
        span.to(),
        span.length(),
        span.length());
  }

  /**
   * How many areas but England and {@code local} have some count of {@code measure} in the span.
   */
  long areasWithCounts(Measure measure, Span span, String local) {
    return number(
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT area_code) FROM stat_area_count"
                        + " WHERE measure = ? AND for_year BETWEEN ? AND ? AND area_code NOT IN (?, ?)")
                .setParameter(1, measure.name())
                .setParameter(2, span.from())
                .setParameter(3, span.to())
                .setParameter(4, Areas.ENGLAND)
                .setParameter(5, local)
                .getSingleResult())
        .longValue();
  }

  /**
   * The child deaths of a span counted by year and the dimension's value, from the counts kept by
   * {@link DeathCounts} (which the caller brings up to date first).
   */
  List<Object[]> deathsBy(CdopDimension dimension, Span span) {
    return rows(
        "SELECT for_year, tally_value, deaths FROM death_tally WHERE dimension = ?"
            + " AND for_year BETWEEN ? AND ?",
        dimension.name(),
        span.from(),
        span.to());
  }

  /** Whether any postcode deprivation deciles are loaded. */
  boolean hasDeciles() {
    return !em.createNativeQuery("SELECT postcode FROM stat_postcode_decile")
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<Object[]> rows(String sql, Span span) {
    return rows(sql, Date.valueOf(span.start()), Date.valueOf(span.end()));
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static Map<Integer, Long> byYear(List<?> rows) {
    return rows.stream()
        .map(row -> (Object[]) row)
        .collect(
            Collectors.toMap(row -> number(row[0]).intValue(), row -> number(row[1]).longValue()));
  }

  /** Enum names as SQL string literals: they are letters and underscores only. */
  private static String literals(Collection<? extends Enum<?>> values) {
    return values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "));
  }

  static Number number(Object value) {
    return (Number) value;
  }
}
