package org.casereviews.batch.reminders;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.List;

/**
 * Sends each agency's reminder. A message the mail server does not take fails that agency only: the
 * step skips it (see {@link ReminderSkipListener}) and goes on with the next.
 */
@Dependent
@Named("ReminderMailWriter")
public class ReminderMailWriter extends AbstractItemWriter {

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Inject private Mailer mailer;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    Session session = mailer.session();
    ReminderRun run = ReminderRun.of(job);
    for (Object item : items) {
      ReminderMail mail = (ReminderMail) item;
      try {
        mailer.send(session, mail.to(), mail.letter());
      } catch (MessagingException e) {
        throw new AgencyNotRemindedException(mail.agency().agencyName(), Mailer.reason(e), e);
      }
      run.report()
          .reminded(mail.agency().agencyName(), mail.to().size(), mail.agency().actions().size());
      run.save(job, step);
    }
  }
}
