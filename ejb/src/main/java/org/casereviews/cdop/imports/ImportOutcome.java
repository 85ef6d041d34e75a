package org.casereviews.cdop.imports;

import java.io.Serializable;

/**
 * What an import did with a file: the data rows it read and rejected, the notifications it added
 * and updated (a notification sent again updates the one sent before, where it has changed), the
 * child death records it made, the notifications it merged onto a record of the same child, and the
 * possible matches it queued for a person to confirm.
 */
public record ImportOutcome(
    long rowsRead,
    long rowsRejected,
    long notificationsNew,
    long notificationsUpdated,
    long deathsNew,
    long deathsMerged,
    long matchesQueued)
    implements Serializable {

  /** The rows loaded: every row read that was not rejected. */
  public long rowsLoaded() {
    return rowsRead - rowsRejected;
  }

  /** One sentence for the job screen, such as "Read 120 rows: 118 loaded, 2 rejected. ...". */
  public String summary() {
    return "Read "
        + count(rowsRead, "row")
        + ": "
        + rowsLoaded()
        + " loaded, "
        + rowsRejected
        + " rejected. Notifications: "
        + notificationsNew
        + " new, "
        + notificationsUpdated
        + " sent before (each updated where it changed). Child deaths: "
        + deathsNew
        + " new "
        + (deathsNew == 1 ? "record" : "records")
        + ", "
        + count(deathsMerged, "notification")
        + " merged onto a record of the same child, "
        + count(matchesQueued, "possible match", "possible matches")
        + " to confirm.";
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
