package org.casereviews.cdop.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Runs the set-based SQL of an import: parameters are numbered {@code ?1}, {@code ?2} ... as in a
 * JPA native query. In the application they run through the entity manager, in the transaction of
 * the caller; a unit test runs them on a plain JDBC connection.
 */
interface SetStatements {

  /** Runs an INSERT, UPDATE, DELETE or MERGE and returns the rows it changed. */
  long update(String sql, Object... parameters);

  /** Runs a query whose one row and column is a number. */
  long count(String sql, Object... parameters);

  /**
   * Brings the planner's statistics of these tables up to date, on a database whose planner needs
   * it; does nothing elsewhere. An import changes the size of its tables many times over within one
   * transaction, before autovacuum can see it: with the statistics of the tables as they were,
   * PostgreSQL plans the merge's statements for a few rows and runs them as nested loops over every
   * row, for hours instead of seconds.
   */
  default void analyze(String... tables) {}

  /** A statement of the merge that takes longer than this is written to the server log. */
  long SLOW_MILLIS = 500;

  /**
   * Runs a statement and, when it took {@link #SLOW_MILLIS} or more, names it in the server log
   * with how long it took and the rows it changed or counted.
   */
  private static long timed(String sql, LongSupplier statement) {
    long started = System.nanoTime();
    long rows = statement.getAsLong();
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (millis >= SLOW_MILLIS) {
      Logger.getLogger(SetStatements.class.getName())
          .info(
              () ->
                  "child-death merge: "
                      + millis
                      + " ms, "
                      + rows
                      + " rows: "
                      + sql.substring(0, Math.min(sql.length(), 160)));
    }
    return rows;
  }

  /** The native query with its parameters ?1, ?2 ... bound. */
  private static Query bound(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }

  /**
   * @param analyzes whether the database is PostgreSQL, whose {@code ANALYZE} runs inside the
   *     transaction (H2 keeps no statistics that would go stale)
   */
  static SetStatements of(EntityManager em, boolean analyzes) {
    return new SetStatements() {
      @Override
      public void analyze(String... tables) {
        if (analyzes) {
          em.createNativeQuery("ANALYZE " + String.join(", ", tables)).executeUpdate();
        }
      }

      @Override
      public long update(String sql, Object... parameters) {
        return timed(sql, () -> bound(em, sql, parameters).executeUpdate());
      }

      @Override
      public long count(String sql, Object... parameters) {
        return timed(
            sql, () -> ((Number) bound(em, sql, parameters).getSingleResult()).longValue());
      }
    };
  }
}
