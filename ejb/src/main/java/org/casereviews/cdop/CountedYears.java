package org.casereviews.cdop;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Marks the years whose deaths must be counted again for the statistics (see migration V13 and
 * statistics.DeathCounts), and keeps each record's deprivation decile: whatever changes what a
 * death is counted by calls this in the same transaction, for the deaths it changed. The list of
 * records counts them from the same counts ({@link #records}).
 */
public final class CountedYears {

  /**
   * The deprivation decile of notification {@code n}'s postcode, for a record made from it: the
   * statistics count deaths by the decile kept on the record, not by a join through the identity.
   */
  public static final String DECILE_OF_NOTIFICATION =
      "(SELECT p.decile FROM stat_postcode_decile p WHERE p.postcode = n.postcode)";

  private CountedYears() {}

  /**
   * The statement that marks the years of the days of death {@code diedSql} selects (one column,
   * named {@code died}).
   */
  public static String statement(String diedSql) {
    return "MERGE INTO death_tally_year t USING (SELECT DISTINCT CAST(EXTRACT(YEAR FROM x.died)"
        + " AS INTEGER) AS for_year FROM ("
        + diedSql
        + ") x) s ON (t.for_year = s.for_year)"
        + " WHEN MATCHED THEN UPDATE SET changes = t.changes + 1"
        + " WHEN NOT MATCHED THEN INSERT (for_year, changes) VALUES (s.for_year, 1)";
  }

  /** Marks the year of one record's death. */
  public static void changed(EntityManager em, long record) {
    em.createNativeQuery(
            statement("SELECT d.date_of_death AS died FROM child_death d WHERE d.id = ?1"))
        .setParameter(1, record)
        .executeUpdate();
  }

  /**
   * How many records there are: the counts kept for the years counted since their last change, and
   * for the other days (years marked since, or never counted) a count of the records themselves,
   * which the index on the day of death keeps short. Exact, without reading every record.
   */
  public static long records(EntityManager em) {
    @SuppressWarnings("unchecked")
    List<Number> counted =
        em.createNativeQuery(
                "SELECT for_year FROM death_tally_year WHERE tallied = changes ORDER BY for_year")
            .getResultList();
    List<Integer> years = counted.stream().map(Number::intValue).toList();
    long tallied =
        years.isEmpty()
            ? 0
            : ((Number)
                    em.createNativeQuery(
                            "SELECT COALESCE(SUM(deaths), 0) FROM death_tally"
                                + " WHERE dimension = 'CATEGORY' AND for_year IN ("
                                + years.stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", "))
                                + ")")
                        .getSingleResult())
                .longValue();
    return tallied
        + ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM child_death d WHERE " + outside(years))
                    .getSingleResult())
            .longValue();
  }

  /** The condition that a record {@code d} died in none of the years, as ranges of days. */
  static String outside(List<Integer> years) {
    if (years.isEmpty()) {
      return "1 = 1";
    }
    List<String> ranges = new ArrayList<>();
    int from = years.get(0);
    ranges.add("d.date_of_death < " + day(from, 1, 1));
    for (int i = 1; i <= years.size(); i++) {
      if (i < years.size() && years.get(i) == years.get(i - 1) + 1) {
        continue;
      }
      int to = years.get(i - 1);
      ranges.add(
          i < years.size()
              ? "(d.date_of_death > "
                  + day(to, 12, 31)
                  + " AND d.date_of_death < "
                  + day(years.get(i), 1, 1)
                  + ")"
              : "d.date_of_death > " + day(to, 12, 31));
    }
    return "(" + String.join(" OR ", ranges) + ")";
  }

  private static String day(int year, int month, int day) {
    return "DATE '" + LocalDate.of(year, month, day) + "'";
  }

  /**
   * The statement that sets the deprivation decile of the records whose identity {@code i} meets
   * {@code identities} from the identity's postcode, where the deciles loaded have it (a record's
   * postcode is only ever learnt, and deciles only added or replaced, so none is taken away).
   */
  public static String decileStatement(String identities) {
    return "MERGE INTO child_death d USING (SELECT DISTINCT i.child_death_id, p.decile"
        + " FROM child_death_identity i JOIN stat_postcode_decile p ON p.postcode = i.postcode"
        + " WHERE "
        + identities
        + ") s ON (d.id = s.child_death_id)"
        + " WHEN MATCHED AND d.deprivation_decile IS DISTINCT FROM s.decile"
        + " THEN UPDATE SET deprivation_decile = s.decile";
  }

  /** A record's identity has learnt a postcode: its decile, and its year's counts. */
  public static void postcodeLearnt(EntityManager em, long record) {
    em.createNativeQuery(decileStatement("i.child_death_id = ?1"))
        .setParameter(1, record)
        .executeUpdate();
    changed(em, record);
  }

  /** Postcode deciles were loaded: every record's decile, and every year's counts. */
  public static void decilesLoaded(EntityManager em) {
    em.createNativeQuery(decileStatement("i.postcode IS NOT NULL")).executeUpdate();
    em.createNativeQuery("UPDATE death_tally_year SET changes = changes + 1").executeUpdate();
  }
}
