package org.casereviews.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.casereviews.shared.ApplicationDataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The readiness check against a real H2 database, and against one that does not answer. */
class DatabaseHealthCheckTest {

  @Test
  void upWhileTheDatabaseAnswers() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID());

    HealthCheckResponse response =
        DatabaseHealthCheck.check(new ApplicationDataSource.Selected("java:app/jdbc/test", h2));

    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    assertEquals("H2", response.getData().orElseThrow().get("database"));
  }

  @Test
  void downAndNamingTheDatasourceWhenTheDatabaseDoesNotAnswer() {
    JdbcDataSource nowhere = new JdbcDataSource();
    nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");

    HealthCheckResponse response =
        DatabaseHealthCheck.check(new ApplicationDataSource.Selected("jdbc/casereviews", nowhere));

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertEquals("jdbc/casereviews", response.getData().orElseThrow().get("datasource"));
  }
}
