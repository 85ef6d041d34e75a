package org.casereviews.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional. Dates are inclusive days in the
 * partnership's time zone.
 */
public record AuditCriteria(
    String username,
    AuditAction action,
    String recordType,
    String recordId,
    LocalDate from,
    LocalDate to) {

  public static AuditCriteria any() {
    return new AuditCriteria(null, null, null, null, null, null);
  }
}
