package org.casereviews.cdop.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casereviews.shared.InstantConverter;

/**
 * One import of a child-death file: its id is the number of the batch run that imports it. It says
 * where the file came from and, once the run has merged it, what the run did: rows read and
 * rejected, notifications new and updated, child death records made, notifications merged onto an
 * existing record, and possible matches queued for a person to confirm.
 */
@Entity
@Table(name = "death_import")
public class DeathImport {

  @Id private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "file_path", nullable = false, length = 1000)
  private String filePath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ImportOrigin origin;

  @Column(name = "started_by", nullable = false, length = 60)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant startedAt;

  @Column(name = "ended_at")
  @Convert(converter = InstantConverter.class)
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ImportState state;

  @Column(length = 1000)
  private String failure;

  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(name = "rows_rejected", nullable = false)
  private long rowsRejected;

  @Column(name = "notifications_new", nullable = false)
  private long notificationsNew;

  @Column(name = "notifications_updated", nullable = false)
  private long notificationsUpdated;

  @Column(name = "deaths_new", nullable = false)
  private long deathsNew;

  @Column(name = "deaths_merged", nullable = false)
  private long deathsMerged;

  @Column(name = "matches_queued", nullable = false)
  private long matchesQueued;

  protected DeathImport() {}

  DeathImport(
      long id,
      String fileName,
      String filePath,
      ImportOrigin origin,
      String startedBy,
      Instant startedAt) {
    this.id = id;
    this.fileName = fileName;
    this.filePath = filePath;
    this.origin = origin;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.state = ImportState.RUNNING;
  }

  void completed(ImportOutcome outcome, Instant at) {
    state = ImportState.COMPLETED;
    endedAt = at;
    rowsRead = outcome.rowsRead();
    rowsRejected = outcome.rowsRejected();
    notificationsNew = outcome.notificationsNew();
    notificationsUpdated = outcome.notificationsUpdated();
    deathsNew = outcome.deathsNew();
    deathsMerged = outcome.deathsMerged();
    matchesQueued = outcome.matchesQueued();
  }

  void failed(String reason, Instant at) {
    state = ImportState.FAILED;
    endedAt = at;
    failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  /** Where the file is on the server while it is imported (it then moves to done/ or failed/). */
  public String getFilePath() {
    return filePath;
  }

  public ImportOrigin getOrigin() {
    return origin;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public ImportState getState() {
    return state;
  }

  /** Why the file was not imported at all, when it failed. */
  public String getFailure() {
    return failure;
  }

  /** The outcome, once the import has completed. */
  public ImportOutcome getOutcome() {
    return new ImportOutcome(
        rowsRead,
        rowsRejected,
        notificationsNew,
        notificationsUpdated,
        deathsNew,
        deathsMerged,
        matchesQueued);
  }
}
