package org.casereviews.web.operations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.casereviews.shared.ApplicationDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the application's database answers. Reported at the server's /health. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private ApplicationDataSource.Selected database;

  /**
   * Resolved at start-up, in the application's naming context: the health endpoint calls the check
   * from outside it, where {@code java:app} names cannot be looked up.
   */
  @PostConstruct
  void resolve() {
    database = ApplicationDataSource.select();
  }

  void createAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object application) {
    // observing the start of the application makes the container create this bean then
  }

  @Override
  public HealthCheckResponse call() {
    return check(database);
  }

  static HealthCheckResponse check(ApplicationDataSource.Selected selected) {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("casereviews-database")
            .withData("datasource", selected.jndiName());
    try (Connection connection = selected.dataSource().getConnection()) {
      boolean valid = connection.isValid(5);
      return response
          .status(valid)
          .withData("database", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
