package org.casereviews.audit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the database itself refuses to rewrite the audit trail (the migration
 * db/vendor/postgresql/V1_1 installs the guard), whoever connects. The embedded H2 database has no
 * such guard: there only the application keeps the trail append-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "casereviews.it.postgres", matches = "true")
class AuditAppendOnlyIT {

  @Test
  void postgresRefusesToChangeDeleteOrTruncateAuditEvents() throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("casereviews.it.pg.url"),
                System.getProperty("casereviews.it.pg.user"),
                "");
        Statement statement = connection.createStatement()) {
      try (ResultSet count = statement.executeQuery("SELECT count(*) FROM audit_event")) {
        count.next();
        assertTrue(count.getLong(1) > 0, "the deployment has written audit events already");
      }

      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("UPDATE audit_event SET detail = 'rewritten'"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("TRUNCATE audit_event"));
    }
  }
}
