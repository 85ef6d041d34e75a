package org.casereviews.deploy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.casereviews.security.PasswordHasher;

/**
 * The database as an earlier release left it: only that release's migrations applied, and data
 * written in that schema's columns as the release wrote it (the first administrator, a review
 * officer, and a review with a theme and its first step).
 */
final class PreviousRelease {

  /** The schema version of the release that is upgraded. */
  static final String SCHEMA_VERSION = "8";

  static final String OFFICER = "r.okafor";
  static final String OFFICER_PASSWORD = "Officer-before-the-upgrade-2026";
  static final String REFERENCE = "SCP 2024-25/07";
  static final String PSEUDONYM = "Child Q";

  private PreviousRelease() {}

  /**
   * Migrates the empty database to {@link #SCHEMA_VERSION} and writes the release's data.
   *
   * @return the id of the review
   */
  static long install(PostgresDatabase database, String adminPassword) throws SQLException {
    database.flyway().target(SCHEMA_VERSION).load().migrate();
    try (Connection connection = database.connect()) {
      PasswordHasher hasher = new PasswordHasher();
      long admin =
          user(connection, "admin", "Partnership administrator", hasher.hash(adminPassword));
      role(connection, admin, "partnership-admin");
      long officer = user(connection, OFFICER, "Rachel Okafor", hasher.hash(OFFICER_PASSWORD));
      role(connection, officer, "review-officer");
      return review(connection);
    }
  }

  private static long user(Connection connection, String username, String fullName, String hash)
      throws SQLException {
    return insert(
        connection,
        "INSERT INTO user_account (id, username, full_name, email, password_hash, enabled,"
            + " failures_counted_since, created_at, password_changed_at, version)"
            + " VALUES (nextval('user_account_seq'), ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1) RETURNING id",
        username,
        fullName,
        username + "@council.example",
        hash);
  }

  private static void role(Connection connection, long user, String role) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
      insert.setLong(1, user);
      insert.setString(2, role);
      insert.executeUpdate();
    }
  }

  private static long review(Connection connection) throws SQLException {
    long review =
        insert(
            connection,
            "INSERT INTO review (id, reference, pseudonym, review_type, category, status, summary,"
                + " case_officer, opened_on, imported, created_at, created_by, version)"
                + " VALUES (nextval('review_seq'), ?, ?, 'LCSPR', 'SERIOUS_HARM', 'COMMISSIONED',"
                + " 'Written before the upgrade.', ?, DATE '2024-06-03', FALSE, CURRENT_TIMESTAMP,"
                + " ?, 1) RETURNING id",
            REFERENCE,
            PSEUDONYM,
            OFFICER,
            OFFICER);
    try (PreparedStatement theme =
            connection.prepareStatement(
                "INSERT INTO review_theme_tag (review_id, theme_id)"
                    + " SELECT ?, id FROM review_theme WHERE code = 'NEGLECT'");
        PreparedStatement step =
            connection.prepareStatement(
                "INSERT INTO review_transition (id, review_id, to_status, effective_on,"
                    + " recorded_at, recorded_by) VALUES (nextval('review_transition_seq'), ?,"
                    + " 'COMMISSIONED', DATE '2024-06-03', CURRENT_TIMESTAMP, ?)")) {
      theme.setLong(1, review);
      theme.executeUpdate();
      step.setLong(1, review);
      step.setString(2, OFFICER);
      step.executeUpdate();
    }
    return review;
  }

  private static long insert(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        insert.setString(i + 1, values[i]);
      }
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }
}
