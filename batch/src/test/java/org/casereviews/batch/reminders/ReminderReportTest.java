package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderReportTest {

  @Test
  void theReportNamesTheAgenciesRemindedAndThoseNotWithTheReason() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.reminded("Police", 2, 3);
    report.notReminded("Schools", "The mail server refused a@b.example.");
    report.digestSent("4 overdue action(s), sent to scp@example.org");

    JsonObject json = Json.createReader(new StringReader(report.toJson())).readObject();

    assertEquals("2026-11-16", json.getString("today"));
    JsonObject police = json.getJsonArray("reminded").getJsonObject(0);
    assertEquals("Police", police.getString("agency"));
    assertEquals(2, police.getInt("recipients"));
    assertEquals(3, police.getInt("actions"));
    JsonObject schools = json.getJsonArray("notReminded").getJsonObject(0);
    assertEquals("Schools", schools.getString("agency"));
    assertEquals("The mail server refused a@b.example.", schools.getString("reason"));
    assertTrue(json.getJsonObject("digest").getBoolean("sent"));
    assertTrue(report.hasFailures());
    assertEquals("1 agency reminded, 1 not reminded; digest sent", report.exitStatus());
    assertEquals(
        "Reminded 1 agency about 3 actions; 1 agency could not be reminded; the partnership's"
            + " digest was sent.",
        json.getString("summary"));
  }

  @Test
  void aRunWithEveryMailSentHasNoFailures() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.reminded("Police", 1, 1);
    report.noDigestNeeded();

    assertFalse(report.hasFailures());
    assertEquals("1 agency reminded, 0 not reminded", report.exitStatus());
    assertEquals("Reminded 1 agency about 1 action.", report.summary());
  }

  @Test
  void aRunThatCouldNotStartSaysOnlyWhy() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.failed("No mail session mail/casereviews: ask the server administrator.");

    JsonObject json = Json.createReader(new StringReader(report.toJson())).readObject();

    assertEquals(
        "No mail session mail/casereviews: ask the server administrator.", report.exitStatus());
    assertEquals(
        "Nothing was sent. No mail session mail/casereviews: ask the server administrator.",
        json.getString("summary"));
    assertEquals(
        "No mail session mail/casereviews: ask the server administrator.",
        json.getString("failure"));
  }

  @Test
  void theSummaryCountsAgenciesAndActionsInWords() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.reminded("Police", 2, 5);
    report.reminded("Health", 1, 4);
    report.reminded("Education", 1, 3);
    report.notReminded("Schools", "No address.");
    report.notReminded("Probation", "Refused.");
    report.digestNotSent("The mail server refused it.");

    assertEquals(
        "Reminded 3 agencies about 12 actions; 2 agencies could not be reminded; the"
            + " partnership's digest could not be sent.",
        report.summary());
  }

  @Test
  void aQuietNightSaysNobodyNeededReminding() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.noDigestNeeded();

    assertEquals(
        "No agency had open actions overdue or due within 14 days: nobody needed reminding.",
        report.summary());
  }

  @Test
  void anAgencyNotRemindedAloneStartsTheSentence() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.notReminded("Schools", "No address.");
    report.digestSent("sent");

    assertEquals(
        "1 agency could not be reminded; the partnership's digest was sent.", report.summary());
  }
}
