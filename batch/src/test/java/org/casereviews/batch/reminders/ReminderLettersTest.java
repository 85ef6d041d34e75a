package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderLettersTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

  private static final ActionLine LATE =
      new ActionLine(
          "SCP 2026-27/04",
          2,
          101,
          "Audit strategy meetings",
          "Sam Patel",
          TODAY.minusDays(3),
          "In progress");

  private static final ActionLine SOON =
      new ActionLine(
          "SCP 2026-27/04",
          3,
          102,
          "Train front-line staff",
          "Ann Lee",
          TODAY.plusDays(5),
          "Not started");

  private static final ActionLine TODAYS =
      new ActionLine("LCSPR 7", 1, 103, "Publish the briefing", "Ann Lee", TODAY, "Not started");

  @Test
  void anAgencysLetterListsItsOverdueActionsThenThoseDueSoonWithOwnersAndDates() {
    Letter letter =
        ReminderLetters.toAgency(new AgencyReminder(7, "Police", List.of(LATE, SOON)), TODAY);

    assertEquals("Actions of Police: 1 overdue, 1 due within 14 days", letter.subject());
    String body = letter.body();
    assertTrue(body.startsWith("To the liaison officers of Police,"), body);
    assertTrue(body.contains("overdue or due by 30 November 2026"), body);
    assertTrue(
        body.contains(
            "Overdue (1)\n- SCP 2026-27/04, recommendation 2, action 101: Audit strategy meetings\n"
                + "  Owner: Sam Patel. Due 13 November 2026, 3 days overdue. Status: In"
                + " progress.\n"),
        body);
    assertTrue(
        body.contains(
            "Due within 14 days (1)\n- SCP 2026-27/04, recommendation 3, action 102: Train"
                + " front-line staff\n  Owner: Ann Lee. Due 21 November 2026, in 5 days."),
        body);
    assertTrue(body.indexOf("Overdue (1)") < body.indexOf("Due within 14 days (1)"), body);
  }

  @Test
  void anAgencyWithNothingOverdueGetsNoOverdueHeadingAndAnActionDueTodayIsSaidSo() {
    Letter letter =
        ReminderLetters.toAgency(new AgencyReminder(8, "Schools", List.of(TODAYS)), TODAY);

    assertEquals("Actions of Schools: 0 overdue, 1 due within 14 days", letter.subject());
    assertFalse(letter.body().contains("Overdue ("), letter.body());
    assertTrue(letter.body().contains("Due 16 November 2026, today."), letter.body());
  }

  @Test
  void theDigestListsOnlyOverdueActionsByAgencyAndTheRemindersNotSent() {
    List<AgencyReminder> agencies =
        List.of(
            new AgencyReminder(7, "Police", List.of(LATE, SOON)),
            new AgencyReminder(8, "Schools", List.of(TODAYS)));
    List<ReminderReport.NotReminded> notSent =
        List.of(new ReminderReport.NotReminded("Schools", "No liaison officer has an address."));

    Letter digest = ReminderLetters.digest(agencies, notSent, TODAY);

    assertEquals("Overdue actions: 1 action of 1 agency; 1 reminder(s) not sent", digest.subject());
    String body = digest.body();
    assertTrue(body.contains("\nPolice (1)\n- SCP 2026-27/04, recommendation 2, action 101"), body);
    assertFalse(body.contains("action 102"), "due soon is not overdue: " + body);
    assertFalse(body.contains("action 103"), body);
    assertTrue(
        body.contains(
            "Reminders that could not be sent tonight\n- Schools: No liaison officer has an"
                + " address.\n"),
        body);
  }

  @Test
  void aDigestWithNothingOverdueSaysSo() {
    Letter digest =
        ReminderLetters.digest(
            List.of(new AgencyReminder(8, "Schools", List.of(SOON))),
            List.of(new ReminderReport.NotReminded("Schools", "Refused.")),
            TODAY);

    assertEquals(
        "Overdue actions: 0 actions of 0 agencies; 1 reminder(s) not sent", digest.subject());
    assertTrue(digest.body().contains("No action is overdue."), digest.body());
  }
}
