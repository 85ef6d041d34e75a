package org.casereviews.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database of the test's own on the PostgreSQL server the suite uses (trust authentication: the
 * password is not checked).
 */
final class PostgresDatabase {

  private final String host;
  private final int port;
  private final String user;
  private final String name;

  PostgresDatabase(String host, int port, String user, String name) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.name = name;
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  String user() {
    return user;
  }

  String name() {
    return name;
  }

  /** Drops the database if an earlier run left it, and creates it empty. */
  void recreate() {
    onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
  }

  void drop() {
    onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(name), user, "");
  }

  /**
   * Flyway set up as the application sets it up on PostgreSQL (DatabaseMigration): the common
   * migrations and PostgreSQL's own.
   */
  FluentConfiguration flyway() {
    return Flyway.configure(PostgresDatabase.class.getClassLoader())
        .dataSource(url(name), user, "")
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
  }

  private void onServer(String... statements) {
    try (Connection connection = DriverManager.getConnection(url("postgres"), user, "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + host + ":" + port + " as " + user + ": " + e.getMessage(), e);
    }
  }

  private String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }
}
