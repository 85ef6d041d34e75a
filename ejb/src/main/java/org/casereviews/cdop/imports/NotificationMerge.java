package org.casereviews.cdop.imports;

import java.sql.Timestamp;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.casereviews.cdop.CountedYears;

/**
 * Merges the staged rows of one import into the notifications and the child death records, in a
 * fixed number of set-based statements whatever the size of the file:
 *
 * <ol>
 *   <li>a row whose source system and reference stand on an earlier line of the same file is
 *       rejected (a file sends each notification once);
 *   <li>each row updates the notification with its source system and reference, when it says
 *       something new, or adds it;
 *   <li>each notification not yet on a record goes onto the record of the same child when that is
 *       certain: the same NHS number with the same dates of birth and death, or, when one of the
 *       two has no NHS number, the same dates and postcode;
 *   <li>a notification that may be of a child with a record, but not certainly (the same dates
 *       without an NHS number or postcode to settle it, or the same NHS number with other dates),
 *       is queued for a person to confirm instead;
 *   <li>the rest make new records: one for each child, the notifications of one child in the file
 *       (the same NHS number, or the same dates and postcode) going onto one record.
 * </ol>
 */
final class NotificationMerge {

  /** A notification of this import that is on no record and waits for no decision. */
  private static final String UNLINKED =
      " n.import_id = ?1 AND n.child_death_id IS NULL AND NOT EXISTS (SELECT 1 FROM death_match m"
          + " WHERE m.notification_id = n.id AND m.state = 'OPEN')";

  private static final String SAME_DATES =
      "d.date_of_birth = n.date_of_birth AND d.date_of_death = n.date_of_death";

  /** The records of the same child as notification n, certainly: the same NHS number and dates. */
  private static final String BY_NHS_NUMBER =
      " JOIN child_death_identity i ON i.nhs_number = n.nhs_number"
          + " JOIN child_death d ON d.id = i.child_death_id AND "
          + SAME_DATES;

  /** The same dates and postcode, where one of the two has no NHS number to tell them apart. */
  private static final String BY_POSTCODE =
      " JOIN child_death d ON "
          + SAME_DATES
          + " JOIN child_death_identity i ON i.child_death_id = d.id AND i.postcode = n.postcode"
          + " AND (i.nhs_number IS NULL OR n.nhs_number IS NULL)";

  private final SetStatements sql;
  private final long importId;
  private final Timestamp now;
  private final String user;

  NotificationMerge(SetStatements sql, long importId, Timestamp now, String user) {
    this.sql = sql;
    this.importId = importId;
    this.now = now;
    this.user = user;
  }

  /** Merges the import's staged rows; returns what it did, the rows read included. */
  ImportOutcome run() {
    sql.count("SELECT id FROM death_merge_lock WHERE id = 1 FOR UPDATE");
    sql.analyze("death_import_row", "death_notification");
    long read = count("SELECT COUNT(*) FROM death_import_row WHERE import_id = ?1");
    read += count("SELECT COUNT(*) FROM death_import_rejection WHERE import_id = ?1");
    rejectRepeatedLines();
    long updated =
        count(
            "SELECT COUNT(*) FROM death_import_row s JOIN death_notification n"
                + " ON n.source_system = s.source_system AND n.source_ref = s.source_ref"
                + " WHERE s.import_id = ?1");
    long staged = count("SELECT COUNT(*) FROM death_import_row WHERE import_id = ?1");
    upsertNotifications();
    sql.analyze("death_notification");
    Links links = new Links();
    link(links);
    update("DELETE FROM death_import_row WHERE import_id = ?1");
    // the records that learnt a postcode from this import take its decile; they and the records
    // made are of the years of the import's deaths
    update(
        CountedYears.decileStatement(
            "i.child_death_id IN (SELECT n.child_death_id FROM death_notification n"
                + " WHERE n.import_id = ?1 AND n.postcode IS NOT NULL)"));
    update(
        CountedYears.statement(
            "SELECT n.date_of_death AS died FROM death_notification n WHERE n.import_id = ?1"));
    long rejected = count("SELECT COUNT(*) FROM death_import_rejection WHERE import_id = ?1");
    return new ImportOutcome(
        read, rejected, staged - updated, updated, links.created, links.merged, links.queued);
  }

  private static final class Links {
    long created;
    long merged;
    long queued;
  }

  /**
   * The records made, in turn, for the notifications with an NHS number, then for those with dates
   * and a postcode only, then for the rest: each the first of its child's notifications in the file
   * that is left.
   */
  private static final List<String> LEADERS =
      List.of(
          "n.nhs_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM death_notification o WHERE"
              + unlinked("o")
              + " AND o.nhs_number = n.nhs_number AND o.id < n.id)",
          "n.nhs_number IS NULL AND n.postcode IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
              + " death_notification o WHERE"
              + unlinked("o")
              + " AND o.nhs_number IS NULL AND o.postcode = n.postcode"
              + " AND o.date_of_birth = n.date_of_birth AND o.date_of_death = n.date_of_death"
              + " AND o.id < n.id)",
          "NOT EXISTS (SELECT 1 FROM death_notification o WHERE"
              + unlinked("o")
              + " AND o.date_of_birth = n.date_of_birth AND o.date_of_death = n.date_of_death"
              + " AND o.id < n.id)");

  private void link(Links links) {
    for (String leader : LEADERS) {
      if (!attachAndQueue(links)) {
        return;
      }
      links.created += createRecords(leader);
    }
    attachAndQueue(links);
  }

  /**
   * Whether a notification of this import is still on no record and waits for no decision; once
   * none is, the statements that place them are not run (each would still read the import).
   */
  private boolean anyUnlinked() {
    return count(
            "SELECT COUNT(*) FROM (SELECT n.id FROM death_notification n WHERE"
                + UNLINKED
                + " FETCH FIRST 1 ROWS ONLY) u")
        > 0;
  }

  /**
   * The certain merges, then what the records have learnt from them (a postcode the first
   * notification lacked), then the certain merges that this makes possible, and only then the
   * possible matches. Returns whether a notification is still on no record and waits for no
   * decision.
   */
  private boolean attachAndQueue(Links links) {
    if (!anyUnlinked()) {
      return false;
    }
    long byNumber = attachByNhsNumber();
    if (byNumber > 0) {
      fillIdentities();
    }
    long byPostcode = attachByPostcode();
    if (byPostcode > 0) {
      fillIdentities();
    }
    links.merged += byNumber + byPostcode;
    links.queued += queuePossibleMatches();
    return anyUnlinked();
  }

  private static String unlinked(String alias) {
    return UNLINKED.replace(" n.", " " + alias + ".").replace("= n.id", "= " + alias + ".id");
  }

  private void rejectRepeatedLines() {
    update(
        "INSERT INTO death_import_rejection (import_id, line, column_name, reason)"
            + " SELECT r.import_id, r.line, 'source_ref', 'The notification ' || r.source_system"
            + " || ' ' || r.source_ref || ' is also on line ' || CAST(f.first_line AS VARCHAR(20))"
            + " || ': a file sends each notification once, so this line was not loaded.'"
            + " FROM death_import_row r JOIN (SELECT source_system, source_ref,"
            + " MIN(line) AS first_line FROM death_import_row WHERE import_id = ?1"
            + " GROUP BY source_system, source_ref HAVING COUNT(*) > 1) f"
            + " ON f.source_system = r.source_system AND f.source_ref = r.source_ref"
            + " WHERE r.import_id = ?1 AND r.line > f.first_line");
    update(
        "DELETE FROM death_import_row WHERE import_id = ?1 AND EXISTS (SELECT 1 FROM"
            + " death_import_rejection x WHERE x.import_id = death_import_row.import_id"
            + " AND x.line = death_import_row.line)");
  }

  /**
   * The values of a notification that a file sends, its source system and reference aside: the
   * columns of both the staged row and the notification, compared, updated and added alike.
   */
  private static final List<String> VALUES =
      List.of(
          "nhs_number",
          "family_name",
          "given_names",
          "sex",
          "date_of_birth",
          "date_of_death",
          "age_days",
          "place_of_death",
          "postcode",
          "ethnicity",
          "expected",
          "looked_after",
          "notified_on");

  /** Whether staged row s says something other than notification n. */
  private static String changed() {
    return eachValue(column -> "n." + column + " IS DISTINCT FROM s." + column, " OR ");
  }

  /** {@code term} of each of the {@link #VALUES}, joined by {@code between}. */
  private static String eachValue(UnaryOperator<String> term, String between) {
    return VALUES.stream().map(term).collect(Collectors.joining(between));
  }

  /**
   * Adds each new notification, and updates each one sent before whose values have changed. One
   * sent again as it was is not written at all: it keeps the import and line that last changed it,
   * and it is on its record, or waiting for a decision, since that import (a nightly file that
   * sends every notification again costs no more than reading it).
   */
  private void upsertNotifications() {
    update(
        "MERGE INTO death_notification n"
            + " USING (SELECT * FROM death_import_row WHERE import_id = ?1) s"
            + " ON (n.source_system = s.source_system AND n.source_ref = s.source_ref)"
            + " WHEN MATCHED AND ("
            + changed()
            + ") THEN UPDATE SET "
            + eachValue(column -> column + " = s." + column, ", ")
            + ", import_id = s.import_id, import_line = s.line, updated_at = ?2"
            + " WHEN NOT MATCHED THEN INSERT (id, source_system, source_ref, "
            + String.join(", ", VALUES)
            + ", import_id, import_line, received_at, updated_at)"
            + " VALUES (nextval('death_notification_seq'), s.source_system, s.source_ref, "
            + eachValue(column -> "s." + column, ", ")
            + ", s.import_id, s.line, ?2, ?2)",
        now);
  }

  private long attachByNhsNumber() {
    return attach(BY_NHS_NUMBER, "n.nhs_number IS NOT NULL");
  }

  private long attachByPostcode() {
    return attach(BY_POSTCODE, "n.postcode IS NOT NULL");
  }

  /**
   * Puts each unlinked notification that meets {@code condition} onto the record it joins {@code
   * to} (the first, should it join several), in one pass over the join.
   */
  private long attach(String to, String condition) {
    return update(
        "MERGE INTO death_notification t USING (SELECT n.id AS notification_id,"
            + " MIN(d.id) AS child_death_id FROM death_notification n"
            + to
            + " WHERE"
            + UNLINKED
            + " AND "
            + condition
            + " GROUP BY n.id) s ON (t.id = s.notification_id)"
            + " WHEN MATCHED THEN UPDATE SET child_death_id = s.child_death_id");
  }

  /**
   * Queues the notifications that may be of a child with a record: the same NHS number with other
   * dates, then the same dates where one of the two has no NHS number (a notification queued by the
   * first waits, so the second leaves it alone).
   */
  private long queuePossibleMatches() {
    String notDecided =
        " AND NOT EXISTS (SELECT 1 FROM death_match x WHERE x.notification_id = n.id"
            + " AND x.child_death_id = d.id)";
    long sameNumber =
        queue(
            "'The same NHS number, but another date of birth or death.'"
                + " FROM death_notification n JOIN child_death_identity i"
                + " ON i.nhs_number = n.nhs_number JOIN child_death d ON d.id = i.child_death_id"
                + " WHERE"
                + UNLINKED
                + " AND NOT ("
                + SAME_DATES
                + ")"
                + notDecided);
    long sameDates =
        queue(
            "CASE WHEN n.postcode IS NULL OR i.postcode IS NULL THEN"
                + " 'The same dates of birth and death, with no NHS number or postcode to settle"
                + " it.' ELSE 'The same dates of birth and death, but another postcode and no NHS"
                + " number to settle it.' END"
                + " FROM death_notification n JOIN child_death d ON "
                + SAME_DATES
                + " JOIN child_death_identity i ON i.child_death_id = d.id"
                + " WHERE"
                + UNLINKED
                + " AND (n.nhs_number IS NULL OR i.nhs_number IS NULL)"
                + notDecided);
    return sameNumber + sameDates;
  }

  /**
   * Queues the matches that {@code reasonFromWhere} (the reason, then the FROM and WHERE of
   * notification n and record d) finds. They are found into {@code death_import_match} first and
   * moved to the queue after: the finding reads {@code death_match}, and a statement that read the
   * table it was writing would read every match it had added once for each match it found.
   */
  private long queue(String reasonFromWhere) {
    long found =
        update(
            "INSERT INTO death_import_match (import_id, notification_id, child_death_id, reason)"
                + " SELECT ?1, n.id, d.id, "
                + reasonFromWhere);
    if (found > 0) {
      update(
          "INSERT INTO death_match (id, notification_id, child_death_id, reason, found_at, state)"
              + " SELECT nextval('death_match_seq'), notification_id, child_death_id, reason, ?2,"
              + " 'OPEN' FROM death_import_match WHERE import_id = ?1",
          now);
      update("DELETE FROM death_import_match WHERE import_id = ?1");
      sql.analyze("death_match");
    }
    return found;
  }

  /** Makes a record for each notification that meets {@code leader}; returns how many. */
  private long createRecords(String leader) {
    String leaders = " FROM death_notification n WHERE" + UNLINKED + " AND " + leader;
    long created =
        update(
            "INSERT INTO child_death (id, sex, date_of_birth, date_of_death, age_days,"
                + " place_of_death, ethnicity, expected, looked_after, joint_agency_response,"
                + " status, first_notification_id, created_at, created_by, version,"
                + " deprivation_decile)"
                + " SELECT nextval('child_death_seq'), n.sex, n.date_of_birth, n.date_of_death,"
                + " n.age_days, n.place_of_death, n.ethnicity, n.expected, n.looked_after,"
                + " CASE WHEN n.expected = 'UNEXPECTED' THEN TRUE ELSE FALSE END, 'NOTIFIED',"
                + " n.id, ?2, ?3, 1, "
                + CountedYears.DECILE_OF_NOTIFICATION
                + leaders,
            now,
            user);
    if (created == 0) {
      return 0;
    }
    String made =
        " FROM child_death d JOIN death_notification n ON n.id = d.first_notification_id"
            + " WHERE n.import_id = ?1 AND n.child_death_id IS NULL";
    update(
        "INSERT INTO child_death_identity (child_death_id, nhs_number, family_name, given_names,"
            + " postcode) SELECT d.id, n.nhs_number, n.family_name, n.given_names, n.postcode"
            + made);
    sql.analyze("child_death", "child_death_identity");
    update(
        "INSERT INTO audit_event (id, occurred_at, username, action, record_type, record_id,"
            + " detail) SELECT nextval('audit_event_seq'), ?2, ?3, 'CREATE', 'ChildDeath',"
            + " CAST(d.id AS VARCHAR(60)), 'from notification ' || n.source_system || ' '"
            + " || n.source_ref || ' by import ' || CAST(n.import_id AS VARCHAR(20))"
            + made,
        now,
        user);
    update(
        "MERGE INTO death_notification t USING (SELECT d.id AS child_death_id,"
            + " n.id AS notification_id"
            + made
            + ") s ON (t.id = s.notification_id)"
            + " WHEN MATCHED THEN UPDATE SET child_death_id = s.child_death_id");
    sql.analyze("death_notification");
    return created;
  }

  /**
   * What a record's identity lacks, taken from the notifications of this import merged onto it;
   * only the identities that can learn something are written.
   */
  private void fillIdentities() {
    List<String> columns = List.of("nhs_number", "family_name", "given_names", "postcode");
    String known =
        columns.stream()
            .map(column -> "MIN(n." + column + ") AS " + column)
            .collect(Collectors.joining(", "));
    String learns =
        columns.stream()
            .map(column -> "(j." + column + " IS NULL AND n." + column + " IS NOT NULL)")
            .collect(Collectors.joining(" OR "));
    String set =
        columns.stream()
            .map(column -> column + " = COALESCE(i." + column + ", s." + column + ")")
            .collect(Collectors.joining(", "));
    // a notification that learns the identity nothing has no value it lacks, so leaving it out
    // changes no MIN of a column the identity lacks
    update(
        "MERGE INTO child_death_identity i USING (SELECT n.child_death_id, "
            + known
            + " FROM death_notification n JOIN child_death_identity j"
            + " ON j.child_death_id = n.child_death_id WHERE n.import_id = ?1 AND ("
            + learns
            + ") GROUP BY n.child_death_id) s ON (i.child_death_id = s.child_death_id)"
            + " WHEN MATCHED THEN UPDATE SET "
            + set);
  }

  private long count(String query) {
    return sql.count(query, importId);
  }

  private long update(String statement, Object... parameters) {
    Object[] all = new Object[parameters.length + 1];
    all[0] = importId;
    System.arraycopy(parameters, 0, all, 1, parameters.length);
    return sql.update(statement, all);
  }
}
