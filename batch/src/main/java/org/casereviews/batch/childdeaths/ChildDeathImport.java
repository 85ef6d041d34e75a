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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.cdop.imports.ChildDeathImports;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;

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

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @EJB private JobHistory jobs;

  @EJB private ChildDeathImports imports;

  @Inject ImportInbox inbox;

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

  private long start(Path file, String name, ImportOrigin origin) {
    Properties parameters = new Properties();
    parameters.setProperty("file", file.toString());
    parameters.setProperty("name", name);
    parameters.setProperty("origin", origin.name());
    parameters.setProperty("startedBy", session.getCallerPrincipal().getName());
    return jobs.start(JOB, parameters);
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
