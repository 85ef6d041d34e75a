package org.casereviews.audit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.casereviews.shared.ApplicationDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail cannot be rewritten, not even by SQL through the application's own pool. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Test
  void postgresRefusesToChangeOrDeleteAuditEvents() throws SQLException {
    ApplicationDataSource.Selected database = ApplicationDataSource.select();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      assumeTrue(
          connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
          "the database-level guard exists on PostgreSQL only");

      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("UPDATE audit_event SET detail = 'rewritten'"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
      assertThrows(SQLException.class, () -> statement.executeUpdate("TRUNCATE audit_event"));
    }
  }
}
