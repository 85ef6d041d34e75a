package org.casereviews.batch.childdeaths;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.cdop.imports.ChildDeathImports;
import org.casereviews.cdop.imports.DeathImport;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.cluster.Resumer;
import org.casereviews.cluster.RunClaims;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts imports of child-death files and follows them: a file uploaded on the screen or sent to
 * the API, or every file waiting in the inbox. CDOP officers and administrators. The runs are
 * started through the job history as an administrator ({@code @RunAs}), so that they show on the
 * job screens like every other run; who asked is kept on the import.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ChildDeathImport {

  /** The job's id: its XML is META-INF/batch-jobs/child-death-import.xml. */
  public static final String JOB = "child-death-import";

  private static final Logger LOG = Logger.getLogger(ChildDeathImport.class.getName());

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @EJB private JobHistory jobs;

  @EJB private ChildDeathImports imports;

  @EJB private RunClaims claims;

  @Inject ImportInbox inbox;

  /**
   * The rows read, checked and staged in one transaction ({@code casereviews.import.chunk-rows}):
   * the place a restarted import goes on from is the end of the last chunk committed. Larger chunks
   * commit and record their place less often; the heap a chunk takes stays well within the server's
   * (about 150 MB at 5,000 rows, garbage included).
   */
  @Inject
  @ConfigProperty(name = "casereviews.import.chunk-rows", defaultValue = "5000")
  int chunkRows;

  @Resource private SessionContext session;

  /**
   * Keeps the file (read from {@code content} to its end, a piece at a time) in the inbox's {@code
   * uploaded/} folder and starts its import; returns the run's number.
   */
  public long upload(InputStream content, String fileName, ImportOrigin origin) {
    String name = safeName(fileName);
    Path target =
        inbox
            .uploaded()
            .resolve(
                STAMP.format(LocalDateTime.now())
                    + "-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "-"
                    + name);
    try {
      Files.copy(content, target);
    } catch (IOException e) {
      throw new UncheckedIOException("The file " + name + " could not be kept on the server", e);
    }
    return start(target, name, origin);
  }

  /** Starts an import of every file waiting in the inbox that is not being imported already. */
  public List<Long> importInbox() {
    return inbox.waiting().stream()
        .filter(file -> imports.running(file.toString()).isEmpty())
        .map(file -> start(file, file.getFileName().toString(), ImportOrigin.INBOX))
        .toList();
  }

  /** A run of the import, as the job screens show it; empty for a run of any other job. */
  public Optional<JobReport> find(long executionId) {
    return jobs.find(executionId).filter(report -> JOB.equals(report.run().jobName()));
  }

  /** Asks a running import to stop at the end of its current chunk of rows. */
  public void stop(long executionId) {
    imported(executionId);
    jobs.stop(executionId);
  }

  /**
   * Restarts an import that stopped or failed: the new run goes on after the rows already staged
   * and ends with every row loaded once. Returns the new run's number.
   */
  public long restart(long executionId) {
    JobReport run = imported(executionId);
    Properties parameters = new Properties();
    parameters.setProperty("importId", String.valueOf(importNumber(run)));
    parameters.setProperty("chunkRows", chunkRows());
    return jobs.restart(executionId, parameters);
  }

  /**
   * Resumes every import that had not ended when the server stopped (a run that died with its
   * server cannot be restarted: the batch runtime still thinks it is running): a new run goes on
   * with each, after the rows it had staged. Of several instances starting together, the one whose
   * claim of an import comes first resumes it ({@code resumer}, see {@link RunClaims}). Returns the
   * new runs' numbers.
   */
  public List<Long> resumeUnfinished(Instant startedBefore, Resumer resumer) {
    return imports.unfinished().stream()
        .filter(unfinished -> unfinished.getStartedAt().isBefore(startedBefore))
        .filter(unfinished -> Files.exists(Path.of(unfinished.getFilePath())))
        .filter(unfinished -> claimed(unfinished, resumer))
        .map(this::resume)
        .toList();
  }

  private boolean claimed(DeathImport unfinished, Resumer resumer) {
    if (claims.claimResumption(unfinished.getId(), resumer)) {
      return true;
    }
    LOG.info(
        () ->
            "The child-death import "
                + unfinished.getId()
                + " of "
                + unfinished.getFileName()
                + " is resumed by another instance; "
                + resumer.instance()
                + " leaves it.");
    return false;
  }

  private long resume(DeathImport unfinished) {
    Properties parameters =
        parameters(
            Path.of(unfinished.getFilePath()),
            unfinished.getFileName(),
            unfinished.getOrigin(),
            unfinished.getStartedBy());
    parameters.setProperty("importId", String.valueOf(unfinished.getId()));
    return jobs.start(JOB, parameters);
  }

  private JobReport imported(long executionId) {
    return find(executionId)
        .orElseThrow(
            () -> new NotFoundException("There is no child-death import run " + executionId + "."));
  }

  /** The import a run works on: its own number, or the one its importId parameter names. */
  private long importNumber(JobReport run) {
    String importId = jobs.parameters(run.run().executionId()).getProperty("importId");
    return importId == null ? run.run().executionId() : Long.parseLong(importId);
  }

  private long start(Path file, String name, ImportOrigin origin) {
    return jobs.start(JOB, parameters(file, name, origin, session.getCallerPrincipal().getName()));
  }

  /** The chunk size configured, at least one row. */
  private String chunkRows() {
    return String.valueOf(Math.max(1, chunkRows));
  }

  private Properties parameters(Path file, String name, ImportOrigin origin, String startedBy) {
    Properties parameters = new Properties();
    parameters.setProperty("chunkRows", chunkRows());
    parameters.setProperty("file", file.toString());
    parameters.setProperty("name", name);
    parameters.setProperty("origin", origin.name());
    parameters.setProperty("startedBy", startedBy);
    return parameters;
  }

  /** The file's own name, without any folder, and nothing a file system would refuse. */
  static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (name.isEmpty() || name.startsWith(".")) {
      name = "upload" + name + ".csv";
    }
    if (name.length() > 120) {
      throw new BusinessException("file", "Give the file a shorter name (at most 120 characters).");
    }
    return name;
  }
}
