package org.casereviews.batch.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.casereviews.security.Roles;

/**
 * How far each running job has got, in percent, for the job screen's progress bar. A job that can
 * tell (say, rows of a file done out of all its rows) publishes here as it goes, with its {@code
 * JobContext.getExecutionId()}; {@link JobProgressListener} forgets the run when it ends. A job
 * that publishes nothing is shown with a bar that only says it is running.
 *
 * <p>Held in memory on the instance that runs the job: a percentage is worth nothing after the run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobProgress {

  private final Map<Long, Integer> percentDone = new ConcurrentHashMap<>();

  /**
   * Publishes how far the run has got (0 to 100). Open to any caller: batch steps run on the batch
   * runtime's threads, whatever the identity of the one who started them, and a number says nothing
   * about anyone.
   */
  @PermitAll
  public void publish(long executionId, int percent) {
    percentDone.put(executionId, Math.max(0, Math.min(100, percent)));
  }

  /** Publishes {@code done} out of {@code total} items (nothing while the total is unknown). */
  @PermitAll
  public void publish(long executionId, long done, long total) {
    if (total > 0) {
      publish(executionId, (int) (done * 100 / total));
    }
  }

  /** Forgets the run, when it has ended. */
  @PermitAll
  public void clear(long executionId) {
    percentDone.remove(executionId);
  }

  /** How far the run has got, if it has said. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public OptionalInt percentDone(long executionId) {
    Integer percent = percentDone.get(executionId);
    return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
  }
}
