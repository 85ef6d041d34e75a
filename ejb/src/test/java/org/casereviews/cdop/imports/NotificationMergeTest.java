package org.casereviews.cdop.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.review.RejectedRow;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-based merge of staged rows on a real (in-memory) H2 database with the application's
 * migrations: notifications sent again update, notifications of one child become one record, and a
 * possible match waits for a person; every count the import reports is checked.
 */
class NotificationMergeTest {

  private static final LocalDate BORN = LocalDate.of(2015, 3, 1);

  private JdbcDataSource h2;
  private JdbcStatements sql;
  private long nextImport = 1;

  @BeforeEach
  void migrate() {
    h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    sql = new JdbcStatements(h2);
  }

  @Test
  void notificationsOfOneChildBecomeOneRecordAndAnUncertainOneWaits() {
    ImportOutcome first = imported(row(2, "REGISTRAR", "R1", "9434765919", "M1 1AE"));
    ImportOutcome second =
        imported(
            row(2, "HOSPITAL", "H1", "9434765919", null),
            row(3, "POLICE", "P1", null, "M1 1AE"),
            row(4, "GP", "G1", null, "M60 2LA"));

    assertEquals(new ImportOutcome(1, 0, 1, 0, 1, 0, 0), first);
    assertEquals(new ImportOutcome(3, 0, 3, 0, 0, 2, 1), second);
    assertEquals(1, count("SELECT COUNT(*) FROM child_death"));
    assertEquals(
        3, count("SELECT COUNT(*) FROM death_notification WHERE child_death_id IS NOT NULL"));
    assertEquals(1, count("SELECT COUNT(*) FROM death_match WHERE state = 'OPEN'"));
    // each import marked the year of its deaths to be counted again for the statistics
    assertEquals(
        2,
        count(
            "SELECT changes FROM death_tally_year WHERE for_year = "
                + BORN.plusMonths(6).getYear()
                + " AND tallied IS NULL"));
  }

  @Test
  void childrenOfOneFileAreGroupedByNhsNumberThenByDatesAndPostcode() {
    LocalDate born = BORN.plusDays(3);
    sql.update("INSERT INTO stat_postcode_decile (postcode, decile) VALUES ('LS1 4AP', 3)");
    ImportOutcome outcome =
        imported(
            row(2, "REGISTRAR", "R1", "9434765919", null),
            row(3, "HOSPITAL", "H1", "9434765919", "LS1 4AP"),
            row(4, "POLICE", "P1", null, "LS1 4AP"),
            row(5, "CSC", "C1", null, "B2 2DR", born),
            row(6, "GP", "G1", null, "B2 2DR", born),
            row(7, "GP", "G2", null, null, born));

    // R1 + H1 by NHS number, P1 onto them by dates and the postcode H1 gave; C1 + G1 by dates and
    // postcode; G2 may be their child, with no postcode to settle it: it waits
    assertEquals(new ImportOutcome(6, 0, 6, 0, 2, 3, 1), outcome);
    assertEquals(
        "LS1 4AP",
        text("SELECT postcode FROM child_death_identity WHERE nhs_number = '9434765919'"));
    // R1's record learnt H1's postcode, and with it the postcode's deprivation decile
    assertEquals(
        3,
        count(
            "SELECT d.deprivation_decile FROM child_death d JOIN child_death_identity i"
                + " ON i.child_death_id = d.id WHERE i.nhs_number = '9434765919'"));
    assertEquals(
        text("SELECT child_death_id FROM death_notification WHERE source_ref = 'C1'"),
        text("SELECT child_death_id FROM death_match WHERE state = 'OPEN'"));
  }

  @Test
  void aPossibleMatchIsQueuedOnceHoweverOftenTheFileIsSent() {
    imported(row(2, "REGISTRAR", "R1", null, "M1 1AE"));
    imported(row(2, "GP", "G1", null, "M60 2LA"));
    ImportOutcome again = imported(row(2, "GP", "G1", null, "M60 2LA"));

    assertEquals(new ImportOutcome(1, 0, 0, 1, 0, 0, 0), again);
    assertEquals(1, count("SELECT COUNT(*) FROM death_match"));
    assertEquals(1, count("SELECT COUNT(*) FROM child_death"));
  }

  @Test
  void aNotificationSentAgainUpdatesAndARepeatedLineIsRejected() {
    imported(row(2, "REGISTRAR", "R1", "9434765919", null));
    ImportOutcome again =
        imported(
            row(2, "REGISTRAR", "R1", "9434765919", "LS1 4AP"),
            row(3, "REGISTRAR", "R1", "9434765919", "B2 2DR"));

    assertEquals(new ImportOutcome(2, 1, 0, 1, 0, 0, 0), again);
    assertEquals(
        "LS1 4AP", text("SELECT postcode FROM death_notification WHERE source_ref = 'R1'"));
    assertTrue(
        text("SELECT reason FROM death_import_rejection WHERE line = 3")
            .contains("also on line 2"));
    assertEquals(1, count("SELECT COUNT(*) FROM child_death"));
  }

  @Test
  void aNotificationSentAgainAsItWasIsNotRewrittenAndAChangedOneIs() {
    imported(row(2, "REGISTRAR", "R1", "9434765919", null), row(3, "GP", "G1", null, "B2 2DR"));
    String firstWritten = text("SELECT updated_at FROM death_notification WHERE source_ref = 'R1'");

    ImportOutcome again =
        imported(row(2, "REGISTRAR", "R1", "9434765919", null), row(3, "GP", "G1", null, "B3 3AA"));

    assertEquals(new ImportOutcome(2, 0, 0, 2, 0, 0, 0), again);
    assertEquals(
        List.of("1", firstWritten),
        List.of(
            text("SELECT import_id FROM death_notification WHERE source_ref = 'R1'"),
            text("SELECT updated_at FROM death_notification WHERE source_ref = 'R1'")));
    assertEquals(
        List.of("2", "B3 3AA"),
        List.of(
            text("SELECT import_id FROM death_notification WHERE source_ref = 'G1'"),
            text("SELECT postcode FROM death_notification WHERE source_ref = 'G1'")));
  }

  @Test
  void everyPossibleMatchOneStatementFindsIsQueuedOnce() {
    imported(row(2, "REGISTRAR", "R1", "9434765919", "M1 1AE"));
    // three notifications without NHS number or postcode, each of which may be of that child
    ImportOutcome outcome =
        imported(
            row(2, "GP", "G1", null, null),
            row(3, "GP", "G2", null, null),
            row(4, "POLICE", "P1", null, null));

    assertEquals(3, outcome.matchesQueued());
    assertEquals(
        3,
        count(
            "SELECT COUNT(DISTINCT notification_id) FROM death_match WHERE state = 'OPEN'"
                + " AND reason LIKE 'The same dates%'"));
    assertEquals(0, count("SELECT COUNT(*) FROM death_import_match"));
  }

  @Test
  void anUnexpectedDeathCallsForAJointAgencyResponse() {
    imported(row(2, "REGISTRAR", "R1", null, null));
    assertEquals(1, count("SELECT COUNT(*) FROM child_death WHERE joint_agency_response"));
  }

  private ImportOutcome imported(NotificationRow... rows) {
    long id = nextImport++;
    sql.update(
        "INSERT INTO death_import (id, file_name, file_path, origin, started_by, started_at,"
            + " state, rows_read, rows_rejected, notifications_new, notifications_updated,"
            + " deaths_new, deaths_merged, matches_queued)"
            + " VALUES (?1, 'f.csv', '/f.csv', 'API', 'tester', ?2, 'RUNNING', 0, 0, 0, 0, 0, 0, 0)",
        id,
        Timestamp.from(Instant.now()));
    new ImportStaging(h2, false).write(id, 1, 100, List.of(rows), List.<RejectedRow>of());
    return new NotificationMerge(sql, id, Timestamp.from(Instant.now()), "tester").run();
  }

  private static NotificationRow row(
      long line, String system, String ref, String nhs, String postcode) {
    return row(line, system, ref, nhs, postcode, BORN);
  }

  private static NotificationRow row(
      long line, String system, String ref, String nhs, String postcode, LocalDate born) {
    return new NotificationRow(
        line,
        system,
        ref,
        nhs,
        "Smith",
        "Alex",
        Sex.FEMALE,
        born,
        born.plusMonths(6),
        PlaceOfDeath.HOSPITAL,
        postcode,
        Ethnicity.A,
        DeathExpectation.UNEXPECTED,
        false,
        null);
  }

  private long count(String query) {
    return sql.count(query);
  }

  private String text(String query) {
    try (var connection = h2.getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
