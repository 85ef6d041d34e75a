package org.casereviews.batch.childdeaths;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.casereviews.cluster.Resumer;
import org.casereviews.cluster.RunClaims;
import org.casereviews.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the application starts, resumes the child-death imports that had not ended when the server
 * stopped: each goes on after the rows it had staged and ends with every row loaded once. It waits
 * a little first, so that the batch runtime and the schema are ready. Of several instances sharing
 * the database and starting together, the first to claim an import resumes it and the others leave
 * it. {@code casereviews.import.resume=off} turns it off.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.CDOP_OFFICER)
public class ImportResumption {

  private static final Logger LOG = Logger.getLogger(ImportResumption.class.getName());

  private static final long DELAY_MILLIS = 20_000;

  @Resource private TimerService timers;

  @EJB private ChildDeathImport imports;

  @EJB private RunClaims claims;

  /** This instance, and when it started by the database's clock, which dates every claim. */
  private Resumer resumer;

  @Inject
  @ConfigProperty(name = "casereviews.import.resume", defaultValue = "on")
  String resume;

  @PostConstruct
  void scheduleResume() {
    if ("off".equalsIgnoreCase(resume.strip())) {
      LOG.info(
          "Child-death imports that had not ended are not resumed (casereviews.import.resume=off).");
      return;
    }
    resumer = claims.resumer();
    timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("resume imports", false));
  }

  @Timeout
  void resumeUnfinished() {
    // an import begun before this server started cannot be running on it
    Instant serverStarted =
        Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    List<Long> runs = imports.resumeUnfinished(serverStarted, resumer);
    if (!runs.isEmpty()) {
      LOG.info(() -> "Resumed the child-death imports that had not ended: runs " + runs + ".");
    }
  }
}
