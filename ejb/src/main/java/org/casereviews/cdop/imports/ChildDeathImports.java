package org.casereviews.cdop.imports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathIdentity;
import org.casereviews.cdop.DeathNotification;
import org.casereviews.cdop.DeathsChanged;
import org.casereviews.review.RejectedRow;
import org.casereviews.security.Roles;
import org.casereviews.shared.ApplicationDataSource;
import org.casereviews.shared.NotFoundException;

/**
 * Imports of child-death files (format v1): an import is begun for a file, its rows are staged a
 * chunk at a time as the batch job reads them, then merged into the notifications and the child
 * death records in one set-based pass ({@link NotificationMerge}). The rules a row must meet are in
 * {@link NotificationRules}, the one place they are written. CDOP officers and administrators.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class ChildDeathImports {

  static final String RECORD_TYPE = "DeathImport";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Event<DeathsChanged> deathsChanged;

  private ImportStaging staging;

  /**
   * Whether the database is PostgreSQL, whose COPY stages the rows and whose statistics the merge
   * keeps up to date.
   */
  private boolean postgres;

  @PostConstruct
  void lookUpDataSource() {
    DataSource dataSource = ApplicationDataSource.select().dataSource();
    try (Connection connection = dataSource.getConnection()) {
      postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("The database of the imports could not be reached", e);
    }
    staging = new ImportStaging(dataSource, postgres);
  }

  /**
   * Records that the batch run {@code importId} imports this file, unless it already does (a
   * restarted run begins again).
   */
  public DeathImport begin(
      long importId, String fileName, String filePath, ImportOrigin origin, String startedBy) {
    DeathImport existing = em.find(DeathImport.class, importId);
    if (existing != null) {
      return existing;
    }
    DeathImport started =
        new DeathImport(importId, fileName, filePath, origin, startedBy, Instant.now());
    em.persist(started);
    audit.record(AuditAction.CREATE, RECORD_TYPE, importId, "import of " + fileName);
    return started;
  }

  /** Stages one chunk of the file: lines {@code firstLine} to {@code lastLine}. */
  public void stage(
      long importId,
      long firstLine,
      long lastLine,
      List<NotificationRow> rows,
      List<RejectedRow> rejected) {
    staging.write(importId, firstLine, lastLine, rows, rejected);
  }

  /**
   * How many rows of the file the import has staged, good and rejected: where a restarted run goes
   * on from.
   */
  public long staged(long importId) {
    long sum = 0;
    for (String table : List.of("death_import_row", "death_import_rejection")) {
      sum +=
          ((Number)
                  em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE import_id = ?1")
                      .setParameter(1, importId)
                      .getSingleResult())
              .longValue();
    }
    return sum;
  }

  /** The imports that have not ended, oldest first: after a restart of the server, to resume. */
  public List<DeathImport> unfinished() {
    return em.createQuery(
            "SELECT i FROM DeathImport i WHERE i.state = :state ORDER BY i.startedAt",
            DeathImport.class)
        .setParameter("state", ImportState.RUNNING)
        .getResultList();
  }

  /** Merges every staged row of the import, and keeps and returns what it did. */
  public ImportOutcome merge(long importId) {
    DeathImport run = get(importId);
    Instant now = Instant.now();
    ImportOutcome outcome =
        new NotificationMerge(
                SetStatements.of(em, postgres), importId, Timestamp.from(now), run.getStartedBy())
            .run();
    run.completed(outcome, Instant.now());
    deathsChanged.fire(new DeathsChanged());
    audit.record(AuditAction.UPDATE, RECORD_TYPE, importId, outcome.summary());
    var cache = em.getEntityManagerFactory().getCache();
    cache.evict(ChildDeath.class);
    cache.evict(ChildDeathIdentity.class);
    cache.evict(DeathNotification.class);
    return outcome;
  }

  /** Records that the import loaded nothing, and why (a file that is not format v1 at all). */
  public void fail(long importId, String reason) {
    DeathImport run = em.find(DeathImport.class, importId);
    if (run == null) {
      return;
    }
    em.createNativeQuery("DELETE FROM death_import_row WHERE import_id = ?1")
        .setParameter(1, importId)
        .executeUpdate();
    run.failed(reason, Instant.now());
    audit.record(AuditAction.UPDATE, RECORD_TYPE, importId, "failed: " + reason);
  }

  public Optional<DeathImport> find(long importId) {
    return Optional.ofNullable(em.find(DeathImport.class, importId));
  }

  public DeathImport get(long importId) {
    return find(importId)
        .orElseThrow(() -> new NotFoundException("There is no import number " + importId + "."));
  }

  /** The import of this file that is still running, if any (so that it is not started twice). */
  public Optional<DeathImport> running(String filePath) {
    return em.createQuery(
            "SELECT i FROM DeathImport i WHERE i.filePath = :path AND i.state = :state",
            DeathImport.class)
        .setParameter("path", filePath)
        .setParameter("state", ImportState.RUNNING)
        .getResultStream()
        .findFirst();
  }

  /** The latest imports, the most recent first, whatever their outcome. */
  public List<DeathImport> recent(int max) {
    return em.createQuery(
            "SELECT i FROM DeathImport i ORDER BY i.startedAt DESC, i.id DESC", DeathImport.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** The rows the import rejected, in line order, from {@code first} on. */
  public List<RejectedRow> rejected(long importId, int first, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT line, column_name, reason FROM death_import_rejection"
                    + " WHERE import_id = ?1 ORDER BY line")
            .setParameter(1, importId)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return rows.stream()
        .map(
            row -> new RejectedRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
        .toList();
  }
}
