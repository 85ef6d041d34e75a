package org.casereviews.batch.reminders;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Addresses an agency's reminder to its liaison officers and writes it. */
@Dependent
@Named("AgencyReminderProcessor")
public class AgencyReminderProcessor implements ItemProcessor {

  @Inject private JobContext job;

  @EJB private ReminderSource source;

  @Override
  public Object processItem(Object item) throws AgencyNotRemindedException {
    AgencyReminder agency = (AgencyReminder) item;
    List<String> to = source.liaisonAddresses(agency.agencyId());
    if (to.isEmpty()) {
      throw new AgencyNotRemindedException(
          agency.agencyName(),
          "No enabled liaison officer of "
              + agency.agencyName()
              + " has an e-mail address: give one in Administration > Users.",
          null);
    }
    return new ReminderMail(
        agency, to, ReminderLetters.toAgency(agency, ReminderRun.of(job).today()));
  }
}
