package org.casereviews.shared;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points the persistence unit at the council's {@code jdbc/casereviews} resource when the server
 * has one. persistence.xml names the embedded datasource, which always exists, so that deployment
 * works with nothing configured.
 */
public class DataSourceCustomizer implements SessionCustomizer {

  private static final Logger LOG = Logger.getLogger(DataSourceCustomizer.class.getName());

  @Override
  public void customize(Session session) {
    Optional<DataSource> council = ApplicationDataSource.councilResource();
    LOG.info(
        () ->
            "casereviews persistence unit uses "
                + (council.isPresent()
                    ? ApplicationDataSource.COUNCIL_JNDI
                    : ApplicationDataSource.EMBEDDED_JNDI));
    if (council.isEmpty()) {
      return;
    }
    Login login = session.getDatasourceLogin();
    useDataSource(login, council.get());
    if (session instanceof ServerSession server) {
      Login readLogin = server.getReadConnectionPool().getLogin();
      if (readLogin != null && readLogin != login) {
        useDataSource(readLogin, council.get());
      }
    }
  }

  private static void useDataSource(Login login, DataSource dataSource) {
    if (login instanceof DatasourceLogin datasourceLogin) {
      datasourceLogin.setConnector(new JNDIConnector(dataSource));
      // the council's pool holds its own credentials; with a user set, EclipseLink would call
      // getConnection(user, password) and override them
      datasourceLogin.setUserName("");
      datasourceLogin.removeProperty("password");
    }
  }
}
