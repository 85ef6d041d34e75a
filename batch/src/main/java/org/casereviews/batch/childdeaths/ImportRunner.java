package org.casereviews.batch.childdeaths;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Optional;
import org.casereviews.cdop.imports.ChildDeathImports;
import org.casereviews.cdop.imports.DeathImport;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.cdop.imports.ImportOutcome;
import org.casereviews.cdop.imports.NotificationRow;
import org.casereviews.review.RejectedRow;
import org.casereviews.security.Roles;

/**
 * Imports as a CDOP officer: the job's steps run with no signed-in user, so this bean carries the
 * role (the EAR maps it to a run-as principal nobody can sign in as). Who started the import is
 * kept on the import itself.
 */
@Stateless
@PermitAll
@RunAs(Roles.CDOP_OFFICER)
public class ImportRunner {

  @EJB private ChildDeathImports imports;

  public DeathImport begin(
      long importId, String fileName, String filePath, ImportOrigin origin, String startedBy) {
    return imports.begin(importId, fileName, filePath, origin, startedBy);
  }

  public void stage(
      long importId,
      long firstLine,
      long lastLine,
      List<NotificationRow> rows,
      List<RejectedRow> rejected) {
    imports.stage(importId, firstLine, lastLine, rows, rejected);
  }

  public long staged(long importId) {
    return imports.staged(importId);
  }

  public ImportOutcome merge(long importId) {
    return imports.merge(importId);
  }

  /** In a transaction of its own: the failure is kept even as the step fails. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long importId, String reason) {
    imports.fail(importId, reason);
  }

  public List<RejectedRow> rejected(long importId, int first, int max) {
    return imports.rejected(importId, first, max);
  }

  public Optional<DeathImport> find(long importId) {
    return imports.find(importId);
  }
}
