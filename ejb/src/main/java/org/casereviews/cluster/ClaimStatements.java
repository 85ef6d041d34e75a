package org.casereviews.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The SQL of the claims, on one connection in the caller's transaction. A claim is an INSERT that
 * the primary key refuses to every claim but the first: the database, not a read before the write,
 * decides, so two instances claiming at the same moment cannot both get in. A claim that loses
 * leaves its transaction unusable on PostgreSQL; the caller rolls it back.
 */
final class ClaimStatements {

  /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
  static final String UNIQUE_VIOLATION = "23505";

  private static final String CLAIM_RUN =
      "INSERT INTO scheduled_run (job, slot, instance, claimed_at)"
          + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)";

  private static final String RUN_HOLDER =
      "SELECT instance FROM scheduled_run WHERE job = ? AND slot = ?";

  private static final String LAST_RESUMPTION =
      "SELECT attempt, claimed_at FROM import_resumption WHERE import_id = ?"
          + " ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY";

  private static final String CLAIM_RESUMPTION =
      "INSERT INTO import_resumption (import_id, attempt, instance, claimed_at)"
          + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)";

  private final Connection connection;

  ClaimStatements(Connection connection) {
    this.connection = connection;
  }

  /** Claims {@code job}'s run of {@code slot} for {@code instance}: false when another has it. */
  boolean claimScheduledRun(String job, LocalDateTime slot, String instance) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(CLAIM_RUN)) {
      insert.setString(1, job);
      insert.setObject(2, slot);
      insert.setString(3, instance);
      return claimed(insert);
    }
  }

  /** The instance that claimed {@code job}'s run of {@code slot}, if one has. */
  Optional<String> scheduledRunHolder(String job, LocalDateTime slot) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(RUN_HOLDER)) {
      select.setString(1, job);
      select.setObject(2, slot);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Claims the next resumption of an import for {@code instance}, which started at {@code
   * instanceStarted} by the database's clock: false when another instance has resumed the import
   * since then, or claims the same attempt first.
   */
  boolean claimResumption(long importId, OffsetDateTime instanceStarted, String instance)
      throws SQLException {
    int attempt = 1;
    try (PreparedStatement select = connection.prepareStatement(LAST_RESUMPTION)) {
      select.setLong(1, importId);
      try (ResultSet last = select.executeQuery()) {
        if (last.next()) {
          if (!last.getObject(2, OffsetDateTime.class).isBefore(instanceStarted)) {
            return false;
          }
          attempt = last.getInt(1) + 1;
        }
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(CLAIM_RESUMPTION)) {
      insert.setLong(1, importId);
      insert.setInt(2, attempt);
      insert.setString(3, instance);
      return claimed(insert);
    }
  }

  /** The database's clock, the one every instance's claims are dated by. */
  OffsetDateTime now() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getObject(1, OffsetDateTime.class);
    }
  }

  private static boolean claimed(PreparedStatement insert) throws SQLException {
    try {
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Whether the database refused a row because its key is taken, and for nothing else. */
  static boolean isUniqueViolation(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
