package org.casereviews.cdop.imports;

import jakarta.persistence.EntityManager;

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

  static SetStatements of(EntityManager em) {
    return new SetStatements() {
      @Override
      public long update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
          query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
      }

      @Override
      public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
          query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
      }
    };
  }
}
