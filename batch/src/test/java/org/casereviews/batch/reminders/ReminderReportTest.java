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
    assertEquals("1 agency reminded, 1 not reminded; digest sent", report.summary());
  }

  @Test
  void aRunWithEveryMailSentHasNoFailures() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.reminded("Police", 1, 1);
    report.noDigestNeeded();

    assertFalse(report.hasFailures());
    assertEquals("1 agency reminded, 0 not reminded", report.summary());
  }

  @Test
  void aRunThatCouldNotStartSaysOnlyWhy() {
    ReminderReport report = new ReminderReport(LocalDate.of(2026, 11, 16));
    report.failed("No mail session mail/casereviews: ask the server administrator.");

    JsonObject json = Json.createReader(new StringReader(report.toJson())).readObject();

    assertEquals(
        "No mail session mail/casereviews: ask the server administrator.", report.summary());
    assertEquals(
        "No mail session mail/casereviews: ask the server administrator.",
        json.getString("failure"));
  }
}
