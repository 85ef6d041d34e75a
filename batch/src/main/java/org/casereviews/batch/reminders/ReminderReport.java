package org.casereviews.batch.reminders;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the reminders job did: the agencies reminded, those that could not be (and why),
 * the partnership's digest, or the one reason the whole run failed. Kept as JSON with the run (see
 * {@link #toJson()}), where the job API shows it.
 */
public class ReminderReport {

  /** An agency whose liaison officers were sent their reminder. */
  public record Reminded(String agency, int recipients, int actions) {}

  /** An agency whose reminder could not be sent, and why. */
  public record NotReminded(String agency, String reason) {}

  private final LocalDate today;
  private final List<Reminded> reminded = new ArrayList<>();
  private final List<NotReminded> notReminded = new ArrayList<>();
  private String digest;
  private boolean digestSent;
  private boolean digestFailed;
  private String failure;

  public ReminderReport(LocalDate today) {
    this.today = today;
  }

  public void reminded(String agency, int recipients, int actions) {
    reminded.add(new Reminded(agency, recipients, actions));
  }

  public void notReminded(String agency, String reason) {
    notReminded.add(new NotReminded(agency, reason));
  }

  public void digestSent(String what) {
    digest = what;
    digestSent = true;
  }

  public void digestNotSent(String why) {
    digest = why;
    digestSent = false;
    digestFailed = true;
  }

  /** Nothing overdue and every reminder sent: the partnership has nothing to read. */
  public void noDigestNeeded() {
    digest = "Nothing is overdue and every reminder was sent: no digest needed.";
    digestSent = false;
  }

  /** The run could not do its work at all. */
  public void failed(String reason) {
    failure = reason;
  }

  public List<Reminded> reminded() {
    return List.copyOf(reminded);
  }

  public List<NotReminded> notReminded() {
    return List.copyOf(notReminded);
  }

  /** The run's exit status, short for lists: what was sent and what was not. */
  public String exitStatus() {
    if (failure != null) {
      return failure;
    }
    String line =
        reminded.size()
            + (reminded.size() == 1 ? " agency" : " agencies")
            + " reminded, "
            + notReminded.size()
            + " not reminded"
            + (digestSent ? "; digest sent" : digestFailed ? "; digest not sent" : "");
    return line;
  }

  /**
   * One sentence for the people reading the job history, such as "Reminded 3 agencies about 12
   * actions; 1 agency could not be reminded; the partnership's digest was sent."
   */
  public String summary() {
    if (failure != null) {
      return "Nothing was sent. " + failure;
    }
    if (reminded.isEmpty() && notReminded.isEmpty()) {
      return "No agency had open actions overdue or due within 14 days: nobody needed reminding.";
    }
    List<String> parts = new ArrayList<>();
    if (!reminded.isEmpty()) {
      int actions = reminded.stream().mapToInt(Reminded::actions).sum();
      parts.add(
          "Reminded "
              + agencies(reminded.size())
              + " about "
              + count(actions, "action", "actions"));
    }
    if (!notReminded.isEmpty()) {
      parts.add(agencies(notReminded.size()) + " could not be reminded");
    }
    if (digestSent) {
      parts.add("the partnership's digest was sent");
    } else if (digestFailed) {
      parts.add("the partnership's digest could not be sent");
    }
    String sentence = String.join("; ", parts) + ".";
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String agencies(int n) {
    return count(n, "agency", "agencies");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Whether anything the run should have sent was not. */
  public boolean hasFailures() {
    return failure != null || !notReminded.isEmpty() || digestFailed;
  }

  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("summary", summary()).add("today", today.toString());
    JsonArrayBuilder sent = Json.createArrayBuilder();
    reminded.forEach(
        agency ->
            sent.add(
                Json.createObjectBuilder()
                    .add("agency", agency.agency())
                    .add("recipients", agency.recipients())
                    .add("actions", agency.actions())));
    JsonArrayBuilder notSent = Json.createArrayBuilder();
    notReminded.forEach(
        agency ->
            notSent.add(
                Json.createObjectBuilder()
                    .add("agency", agency.agency())
                    .add("reason", agency.reason())));
    json.add("reminded", sent).add("notReminded", notSent);
    if (digest != null) {
      json.add("digest", Json.createObjectBuilder().add("sent", digestSent).add("detail", digest));
    }
    if (failure != null) {
      json.add("failure", failure);
    }
    return json.build().toString();
  }
}
