package org.casereviews.web.operations;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** One log line when the screens are up, saying where to go. */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String root = event.getServletContext().getContextPath();
    LOG.info(
        () ->
            "casereviews is ready: sign in at "
                + root
                + "/login.xhtml (screens under "
                + root
                + "/admin/, public pages under "
                + root
                + "/public/, REST API under "
                + root
                + "/api/v1)");
  }
}
