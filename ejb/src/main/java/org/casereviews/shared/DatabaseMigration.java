package org.casereviews.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway when the application is deployed, before anything
 * else touches the database. If the database cannot be reached or migrated the deployment fails,
 * with a log line that names the datasource.
 *
 * <p>The embedded database waits up to a minute for a lock (H2 gives up after two seconds unless
 * told), as PostgreSQL would wait: a child-death import holds its merge lock while it merges a
 * large file, and a second import waits for it.
 */
@DataSourceDefinition(
    name = ApplicationDataSource.EMBEDDED_JNDI,
    className = "org.h2.jdbcx.JdbcDataSource",
    url =
        "jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/casereviews;AUTO_SERVER=TRUE;LOCK_TIMEOUT=60000",
    user = "casereviews",
    password = "casereviews",
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  // not an overload of migrate(Selected): the container finds lifecycle methods by name
  @PostConstruct
  void migrateAtStartUp() {
    migrate(ApplicationDataSource.select());
  }

  /**
   * Brings the schema of the selected database up to date.
   *
   * @throws RuntimeException when the database cannot be reached or a migration fails, after a log
   *     line that names the datasource
   */
  static MigrateResult migrate(ApplicationDataSource.Selected selected) {
    try {
      MigrateResult result =
          Flyway.configure(DatabaseMigration.class.getClassLoader())
              .dataSource(selected.dataSource())
              .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(selected))
              .load()
              .migrate();
      LOG.info(
          () ->
              "casereviews database "
                  + selected.jndiName()
                  + " is at schema version "
                  + (result.targetSchemaVersion == null
                      ? "(unchanged)"
                      : result.targetSchemaVersion)
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
      return result;
    } catch (RuntimeException | SQLException e) {
      LOG.log(
          Level.SEVERE,
          "casereviews cannot start: the database behind "
              + selected.jndiName()
              + " could not be reached or migrated: "
              + e.getMessage(),
          e);
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }

  /** The folder of the scripts for this database only: {@code h2} or {@code postgresql}. */
  private static String vendor(ApplicationDataSource.Selected selected) throws SQLException {
    try (Connection connection = selected.dataSource().getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }
  }
}
