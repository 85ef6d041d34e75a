package org.casereviews.batch.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casereviews.shared.mail.MailSessionMissingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the partnership its digest of overdue actions by agency, with the agencies that could not
 * be reminded tonight. Goes to {@code casereviews.reminders.partnership-to} (addresses separated by
 * commas), or else to the enabled partnership administrators with an e-mail address. Nothing is
 * sent on a night with nothing overdue and every reminder sent.
 */
@Dependent
@Named("PartnershipDigest")
public class PartnershipDigest extends AbstractBatchlet {

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Inject private Mailer mailer;

  @EJB private ReminderSource source;

  @Inject
  @ConfigProperty(name = "casereviews.reminders.partnership-to")
  Optional<String> partnershipTo;

  @Override
  public String process() throws Exception {
    ReminderRun run = ReminderRun.of(job);
    List<AgencyReminder> agencies = run.agencies(source);
    List<ReminderReport.NotReminded> notReminded = run.report().notReminded();
    long overdue = agencies.stream().mapToLong(a -> a.overdue(run.today()).size()).sum();
    if (overdue == 0 && notReminded.isEmpty()) {
      run.report().noDigestNeeded();
    } else {
      send(run, ReminderLetters.digest(agencies, notReminded, run.today()), overdue);
    }
    run.save(job, step);
    return run.report().hasFailures() ? "COMPLETED WITH FAILURES" : "COMPLETED";
  }

  private void send(ReminderRun run, Letter digest, long overdue) {
    List<String> to = recipients(partnershipTo, source.administratorAddresses());
    if (to.isEmpty()) {
      run.report()
          .digestNotSent(
              "No one to send the digest to: set casereviews.reminders.partnership-to, or give a"
                  + " partnership administrator an e-mail address.");
      return;
    }
    try {
      mailer.send(mailer.session(), to, digest);
      run.report().digestSent(overdue + " overdue action(s), sent to " + String.join(", ", to));
    } catch (MessagingException | MailSessionMissingException e) {
      run.report()
          .digestNotSent(
              e instanceof MessagingException failed ? Mailer.reason(failed) : e.getMessage());
    }
  }

  /** The configured addresses, or else the administrators'. */
  static List<String> recipients(Optional<String> configured, List<String> administrators) {
    List<String> listed =
        configured.stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .toList();
    return listed.isEmpty() ? administrators : listed;
  }
}
