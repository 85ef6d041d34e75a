package org.casereviews.cdop.imports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.casereviews.review.RejectedRow;

/**
 * Writes one chunk of a file to the import's staging tables: the good rows to {@code
 * death_import_row} (with COPY on PostgreSQL, a JDBC batch elsewhere), the rejected ones to {@code
 * death_import_rejection} in a JDBC batch. A chunk written again (a restarted run repeats the chunk
 * it was in) replaces the rows of its lines, so every line is staged exactly once.
 */
final class ImportStaging {

  /** The staged row's table and columns, in the order both the INSERT and COPY send them. */
  static final String ROW_COLUMNS =
      "death_import_row (import_id, line, source_system, source_ref, nhs_number, family_name,"
          + " given_names, sex, date_of_birth, date_of_death, age_days, place_of_death, postcode,"
          + " ethnicity, expected, looked_after, notified_on)";

  private static final String ROW =
      "INSERT INTO " + ROW_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String REJECTION =
      "INSERT INTO death_import_rejection (import_id, line, column_name, reason)"
          + " VALUES (?, ?, ?, ?)";

  private final DataSource dataSource;

  private final boolean postgres;

  /**
   * @param postgres whether the database is PostgreSQL, whose COPY stages the rows
   */
  ImportStaging(DataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /** Stages the chunk that holds lines {@code firstLine} to {@code lastLine} of the file. */
  void write(
      long importId,
      long firstLine,
      long lastLine,
      List<NotificationRow> rows,
      List<RejectedRow> rejected) {
    try (Connection connection = dataSource.getConnection()) {
      forget(connection, importId, firstLine, lastLine);
      if (postgres) {
        PostgresCopy.copy(connection, importId, rows);
      } else {
        try (PreparedStatement insert = connection.prepareStatement(ROW)) {
          for (NotificationRow row : rows) {
            bind(insert, importId, row);
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(REJECTION)) {
        for (RejectedRow row : rejected) {
          insert.setLong(1, importId);
          insert.setLong(2, row.line());
          insert.setString(3, row.column());
          insert.setString(4, row.reason());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The rows of import " + importId + " were not staged", e);
    }
  }

  private static void forget(Connection connection, long importId, long firstLine, long lastLine)
      throws SQLException {
    for (String table : List.of("death_import_row", "death_import_rejection")) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM " + table + " WHERE import_id = ? AND line BETWEEN ? AND ?")) {
        delete.setLong(1, importId);
        delete.setLong(2, firstLine);
        delete.setLong(3, lastLine);
        delete.executeUpdate();
      }
    }
  }

  private static void bind(PreparedStatement insert, long importId, NotificationRow row)
      throws SQLException {
    insert.setLong(1, importId);
    insert.setLong(2, row.line());
    insert.setString(3, row.sourceSystem());
    insert.setString(4, row.sourceRef());
    insert.setString(5, row.nhsNumber());
    insert.setString(6, row.familyName());
    insert.setString(7, row.givenNames());
    insert.setString(8, row.sex().name());
    insert.setDate(9, Date.valueOf(row.dateOfBirth()));
    insert.setDate(10, Date.valueOf(row.dateOfDeath()));
    insert.setInt(11, (int) row.ageAtDeathDays());
    insert.setString(12, name(row.placeOfDeath()));
    insert.setString(13, row.postcode());
    insert.setString(14, name(row.ethnicity()));
    insert.setString(15, name(row.expected()));
    if (row.lookedAfter() == null) {
      insert.setNull(16, Types.BOOLEAN);
    } else {
      insert.setBoolean(16, row.lookedAfter());
    }
    insert.setDate(17, date(row.notifiedOn()));
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
