package org.casereviews.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.casereviews.security.Roles;
import org.casereviews.shared.ApplicationDataSource;

/**
 * The claims by which one instance alone runs each scheduled run of a job, or resumes an import.
 * Each claim is committed in a transaction of its own before the caller starts anything, so the
 * other instances see it at once, and a claim that loses never undoes the caller's own work.
 *
 * <p>Only the schedules (which run as a partnership administrator) and the resumption of imports
 * (as a CDOP officer) claim: a claim holds no personal data, but a stray one would stop that
 * night's run, so no one signed in as a person has reason to make one.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class RunClaims {

  @Resource private SessionContext context;

  private DataSource dataSource;

  @PostConstruct
  void lookUpDataSource() {
    dataSource = ApplicationDataSource.select().dataSource();
  }

  /**
   * Claims {@code job}'s run of {@code slot} (the English date and time the schedule gives) for
   * {@code instance}; true for the first claim of that job and slot, false for every other.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimScheduledRun(String job, LocalDateTime slot, String instance) {
    return claimed(
        statements -> statements.claimScheduledRun(job, slot, instance),
        "The run of " + job + " at " + slot + " could not be claimed");
  }

  /** The instance that claimed {@code job}'s run of {@code slot}, if one has. */
  public Optional<String> scheduledRunHolder(String job, LocalDateTime slot) {
    return withStatements(
        statements -> statements.scheduledRunHolder(job, slot),
        "The claim of the run of " + job + " at " + slot + " could not be read");
  }

  /**
   * Claims the next resumption of the import {@code importId} for {@code resumer}; false when
   * another instance has resumed it since {@code resumer} started, or claims it first.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
  public boolean claimResumption(long importId, Resumer resumer) {
    return claimed(
        statements -> statements.claimResumption(importId, resumer.started(), resumer.instance()),
        "The resumption of import " + importId + " could not be claimed");
  }

  /**
   * This instance as it resumes imports, dated by the database's clock. Open to every caller: it
   * reads the time and nothing else, and start-up beans ask before their identity is settled.
   */
  @PermitAll
  public Resumer resumer() {
    return new Resumer(
        InstanceName.current(),
        withStatements(ClaimStatements::now, "The database's time could not be read"));
  }

  private boolean claimed(Work<Boolean> claim, String failure) {
    boolean won = withStatements(claim, failure);
    if (!won) {
      // a refused INSERT leaves a PostgreSQL transaction that can only be rolled back
      context.setRollbackOnly();
    }
    return won;
  }

  private <T> T withStatements(Work<T> work, String failure) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(new ClaimStatements(connection));
    } catch (SQLException e) {
      throw new IllegalStateException(failure + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T on(ClaimStatements statements) throws SQLException;
  }
}
