package org.casereviews.cdop;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * The age bands the Panel and the National Child Mortality Database count deaths in: neonatal
 * (under 28 days), the rest of the first year, then 1-4, 5-9, 10-14 and 15-17 years. A child's band
 * follows from the dates of birth and death, in whole days and whole calendar months as {@link
 * Period#between} counts them, so that the list's filter (in SQL) and the row's band (in Java)
 * agree on every birthday.
 */
public enum AgeBand {
  UNDER_28_DAYS("Under 28 days", 0, 0),
  UNDER_1_YEAR("28 days to 1 year", 0, 12),
  YEARS_1_TO_4("1 to 4 years", 12, 60),
  YEARS_5_TO_9("5 to 9 years", 60, 120),
  YEARS_10_TO_14("10 to 14 years", 120, 180),
  YEARS_15_TO_17("15 to 17 years", 180, Integer.MAX_VALUE);

  /** Neonatal deaths are counted in days, not months. */
  static final int NEONATAL_DAYS = 28;

  /**
   * Whole calendar months from birth to death in SQL that runs on H2 and PostgreSQL alike: the
   * difference of year and month, less one when the day of the month has not come round again.
   */
  static final String MONTHS_SQL =
      "((EXTRACT(YEAR FROM d.date_of_death) - EXTRACT(YEAR FROM d.date_of_birth)) * 12"
          + " + EXTRACT(MONTH FROM d.date_of_death) - EXTRACT(MONTH FROM d.date_of_birth)"
          + " - CASE WHEN EXTRACT(DAY FROM d.date_of_death) < EXTRACT(DAY FROM d.date_of_birth)"
          + " THEN 1 ELSE 0 END)";

  private final String label;
  private final int fromMonths;
  private final int belowMonths;

  AgeBand(String label, int fromMonths, int belowMonths) {
    this.label = label;
    this.fromMonths = fromMonths;
    this.belowMonths = belowMonths;
  }

  public String getLabel() {
    return label;
  }

  /** The band of a child born on {@code born} who died on {@code died}. */
  public static AgeBand of(LocalDate born, LocalDate died) {
    if (ChronoUnit.DAYS.between(born, died) < NEONATAL_DAYS) {
      return UNDER_28_DAYS;
    }
    long months = Period.between(born, died).toTotalMonths();
    for (AgeBand band : values()) {
      if (band != UNDER_28_DAYS && months >= band.fromMonths && months < band.belowMonths) {
        return band;
      }
    }
    return YEARS_15_TO_17;
  }

  /**
   * The band of a child_death row {@code d} in SQL, as the name of the band, for counting deaths by
   * band in the database.
   */
  public static String bandSql() {
    StringBuilder sql = new StringBuilder("CASE");
    // most deaths are settled by the age in days alone, without working out months: Y years are
    // at least 365 Y days and at most 366 Y; the few within days of a birthday are worked out
    for (AgeBand band : values()) {
      sql.append(" WHEN ").append(band.surely()).append(" THEN '").append(band.name()).append("'");
    }
    for (AgeBand band : values()) {
      sql.append(" WHEN ")
          .append(band.condition())
          .append(" THEN '")
          .append(band.name())
          .append("'");
    }
    return sql.append(" END").toString();
  }

  /** A condition on the age in days alone that only a death in this band can meet. */
  private String surely() {
    return switch (this) {
      case UNDER_28_DAYS -> "d.age_days < " + NEONATAL_DAYS;
      case UNDER_1_YEAR -> "d.age_days >= " + NEONATAL_DAYS + " AND d.age_days < 365";
      case YEARS_15_TO_17 -> "d.age_days >= " + 366 * (fromMonths / 12);
      default ->
          "d.age_days >= "
              + 366 * (fromMonths / 12)
              + " AND d.age_days < "
              + 365 * (belowMonths / 12);
    };
  }

  /** The condition on a child_death row {@code d} that it falls in this band. */
  String condition() {
    return switch (this) {
      case UNDER_28_DAYS -> "d.age_days < " + NEONATAL_DAYS;
      case UNDER_1_YEAR -> "d.age_days >= " + NEONATAL_DAYS + " AND " + MONTHS_SQL + " < 12";
      case YEARS_15_TO_17 -> MONTHS_SQL + " >= " + fromMonths;
      default -> MONTHS_SQL + " >= " + fromMonths + " AND " + MONTHS_SQL + " < " + belowMonths;
    };
  }
}
