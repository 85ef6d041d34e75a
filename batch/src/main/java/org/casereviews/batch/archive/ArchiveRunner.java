package org.casereviews.batch.archive;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import org.casereviews.publication.ArchiveOutcome;
import org.casereviews.publication.ArchiveService;
import org.casereviews.security.Roles;

/**
 * Archives as a partnership administrator: the job runs with no signed-in user, so this bean
 * carries the role (the EAR maps it to a run-as principal nobody can sign in as).
 */
@Stateless
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ArchiveRunner {

  @EJB private ArchiveService archive;

  public ArchiveOutcome archiveDue(LocalDate asOf) {
    return archive.archiveDue(asOf);
  }
}
