package org.casereviews.batch.childdeaths;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.casereviews.security.Roles;

/** Empties the inbox as a CDOP officer: the inbox job and its schedule have no signed-in user. */
@Stateless
@PermitAll
@RunAs(Roles.CDOP_OFFICER)
public class InboxRunner {

  @EJB private ChildDeathImport imports;

  public List<Long> importInbox() {
    return imports.importInbox();
  }
}
