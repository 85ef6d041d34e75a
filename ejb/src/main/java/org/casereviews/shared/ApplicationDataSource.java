package org.casereviews.shared;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Which database the application uses. A council points the server resource {@value #COUNCIL_JNDI}
 * at its database with {@code asadmin}; when there is no such resource the application runs on its
 * own embedded H2 database ({@value #EMBEDDED_JNDI}, declared on {@link DatabaseMigration}). The
 * same EAR therefore serves every database. JPA and Flyway both ask this class, so they always
 * agree.
 */
public final class ApplicationDataSource {

  public static final String COUNCIL_JNDI = "jdbc/casereviews";
  public static final String EMBEDDED_JNDI = "java:app/jdbc/casereviews-embedded";

  private ApplicationDataSource() {}

  /** The datasource in force and the JNDI name it was found under. */
  public record Selected(String jndiName, DataSource dataSource) {}

  public static Selected select() {
    return councilResource()
        .map(council -> new Selected(COUNCIL_JNDI, council))
        .orElseGet(() -> new Selected(EMBEDDED_JNDI, lookup(EMBEDDED_JNDI)));
  }

  /** The server's {@value #COUNCIL_JNDI} resource, when the council has created one. */
  public static Optional<DataSource> councilResource() {
    try {
      return Optional.of((DataSource) new InitialContext().lookup(COUNCIL_JNDI));
    } catch (NamingException e) {
      if (e instanceof NameNotFoundException || e.getRootCause() instanceof NameNotFoundException) {
        return Optional.empty();
      }
      throw new IllegalStateException(COUNCIL_JNDI + " exists but could not be looked up", e);
    }
  }

  private static DataSource lookup(String jndiName) {
    try {
      return (DataSource) new InitialContext().lookup(jndiName);
    } catch (NamingException e) {
      throw new IllegalStateException(jndiName + " could not be looked up", e);
    }
  }
}
