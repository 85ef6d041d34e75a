package org.casereviews.batch.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Writes the reminder e-mails: the one to an agency's liaison officers and the partnership's digest
 * of overdue actions. Plain text, so that every council mail client shows it the same.
 */
public final class ReminderLetters {

  /** Days ahead that an open action is reminded of (the amber window of its RAG rating). */
  public static final int WINDOW_DAYS = 14;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReminderLetters() {}

  /** The e-mail to an agency's liaison officers listing its overdue and soon-due actions. */
  public static Letter toAgency(AgencyReminder agency, LocalDate today) {
    List<ActionLine> overdue = agency.overdue(today);
    List<ActionLine> dueSoon = agency.dueSoon(today);
    StringBuilder body = new StringBuilder();
    body.append("To the liaison officers of ").append(agency.agencyName()).append(",\n\n");
    body.append("These actions of ")
        .append(agency.agencyName())
        .append(" are overdue or due by ")
        .append(show(today.plusDays(WINDOW_DAYS)))
        .append(". Please sign in to casereviews to report progress and add evidence, or ask")
        .append(" the partnership to agree a new due date.\n");
    section(body, "Overdue", overdue, today);
    section(body, "Due within " + WINDOW_DAYS + " days", dueSoon, today);
    body.append("\nThis reminder is sent each night while an action is overdue or due soon.\n");
    String subject =
        "Actions of "
            + agency.agencyName()
            + ": "
            + overdue.size()
            + " overdue, "
            + dueSoon.size()
            + " due within "
            + WINDOW_DAYS
            + " days";
    return new Letter(subject, body.toString());
  }

  /**
   * The partnership's digest: the overdue actions of every agency, and the agencies whose reminder
   * could not be sent (with why).
   */
  public static Letter digest(
      List<AgencyReminder> agencies,
      List<ReminderReport.NotReminded> notReminded,
      LocalDate today) {
    List<AgencyReminder> late =
        agencies.stream().filter(agency -> !agency.overdue(today).isEmpty()).toList();
    long actions = late.stream().mapToLong(agency -> agency.overdue(today).size()).sum();
    StringBuilder body = new StringBuilder();
    body.append("Overdue agency actions on ").append(show(today)).append(", by agency.\n");
    if (late.isEmpty()) {
      body.append("\nNo action is overdue.\n");
    }
    for (AgencyReminder agency : late) {
      section(body, agency.agencyName(), agency.overdue(today), today);
    }
    if (!notReminded.isEmpty()) {
      body.append("\nReminders that could not be sent tonight\n");
      for (ReminderReport.NotReminded agency : notReminded) {
        body.append("- ").append(agency.agency()).append(": ").append(agency.reason()).append('\n');
      }
    }
    String subject =
        "Overdue actions: "
            + count(actions, "action", "actions")
            + " of "
            + count(late.size(), "agency", "agencies")
            + (notReminded.isEmpty() ? "" : "; " + notReminded.size() + " reminder(s) not sent");
    return new Letter(subject, body.toString());
  }

  private static void section(
      StringBuilder body, String heading, List<ActionLine> actions, LocalDate today) {
    if (actions.isEmpty()) {
      return;
    }
    body.append('\n').append(heading).append(" (").append(actions.size()).append(")\n");
    for (ActionLine action : actions) {
      body.append("- ")
          .append(action.reviewReference())
          .append(", recommendation ")
          .append(action.recommendationNumber())
          .append(", action ")
          .append(action.actionId())
          .append(": ")
          .append(action.description())
          .append("\n  Owner: ")
          .append(action.owner())
          .append(". Due ")
          .append(show(action.dueOn()))
          .append(when(action, today))
          .append(". Status: ")
          .append(action.status())
          .append(".\n");
    }
  }

  private static String when(ActionLine action, LocalDate today) {
    long late = action.daysOverdue(today);
    if (late > 0) {
      return ", " + count(late, "day", "days") + " overdue";
    }
    long left = ChronoUnit.DAYS.between(today, action.dueOn());
    return left == 0 ? ", today" : ", in " + count(left, "day", "days");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String show(LocalDate date) {
    return DATE.format(date);
  }
}
