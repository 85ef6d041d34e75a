package org.casereviews.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes reference rows in JDBC batches: each row replaces the figure its key names, so loading a
 * corrected file again changes those figures and leaves every other one as it was.
 */
final class ReferenceWriter {

  /** Binds one row's values, in the order the statement names them. */
  interface Binding<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  private static final int BATCH = 1000;

  private final DataSource dataSource;

  ReferenceWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code sql} once for each row, {@value #BATCH} rows to a batch. */
  <T> void batch(List<T> rows, String sql, Binding<T> binding) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < rows.size(); from += BATCH) {
        for (T row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
          binding.bind(statement, row);
          statement.addBatch();
        }
        statement.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reference data could not be written", e);
    }
  }

  /**
   * Replaces the figure each row is for: removes what {@code delete} finds by the row's key, then
   * runs {@code insert} with its values.
   */
  <T> void replace(List<T> rows, String delete, Binding<T> key, String insert, Binding<T> values) {
    batch(rows, delete, key);
    batch(rows, insert, values);
  }
}
