package org.casereviews.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The Flyway migrations on a real (in-memory) H2 database, and what happens when none answers. */
class DatabaseMigrationTest {

  @Test
  void migrationsCreateTheSchemaWithTheSeededReferenceLists() throws SQLException {
    JdbcDataSource h2 = inMemory();

    DatabaseMigration.migrate(new ApplicationDataSource.Selected("test", h2));

    assertEquals(13, count(h2, "select count(*) from agency"));
    assertEquals(21, count(h2, "select count(*) from review_theme"));
    assertEquals(0, count(h2, "select count(*) from user_account"));
    assertEquals(
        1L,
        count(
            h2,
            "select count(*) from application_secret where name = 'archive-request-address'"
                + " and length(secret) = 64"),
        "the key of the requesters' address hashes is generated once");
  }

  @Test
  void secondRunChangesNothing() {
    JdbcDataSource h2 = inMemory();
    DatabaseMigration.migrate(new ApplicationDataSource.Selected("test", h2));

    assertEquals(
        0,
        DatabaseMigration.migrate(new ApplicationDataSource.Selected("test", h2))
            .migrationsExecuted);
  }

  @Test
  void unreachableDatabaseFailsWithALogLineNamingTheDatasource() {
    JdbcDataSource nowhere = new JdbcDataSource();
    nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(DatabaseMigration.class.getName());
    log.addHandler(capture);
    try {
      assertThrows(
          RuntimeException.class,
          () ->
              DatabaseMigration.migrate(
                  new ApplicationDataSource.Selected("jdbc/casereviews", nowhere)));
    } finally {
      log.removeHandler(capture);
    }

    assertTrue(
        logged.stream()
            .anyMatch(
                line -> line.contains("database behind jdbc/casereviews could not be reached")),
        logged.toString());
  }

  static JdbcDataSource inMemory() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  private static long count(JdbcDataSource h2, String sql) throws SQLException {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
