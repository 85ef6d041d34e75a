package org.casereviews.cdop.imports;

import org.casereviews.review.RejectedRow;

/**
 * A data row of a child-death import file once checked: either a notification to load or a
 * rejection to report, each with the line the row starts on.
 */
public sealed interface CheckedRow permits CheckedRow.Accepted, CheckedRow.Rejected {

  /** The line of the file the row starts on; the column names are line 1. */
  long line();

  /** A row that met every rule of {@link NotificationRules}. */
  record Accepted(NotificationRow notification) implements CheckedRow {
    @Override
    public long line() {
      return notification.line();
    }
  }

  /** A row that is not loaded, with the column (null when about the whole row) and the reason. */
  record Rejected(RejectedRow rejection) implements CheckedRow {
    @Override
    public long line() {
      return rejection.line();
    }
  }
}
