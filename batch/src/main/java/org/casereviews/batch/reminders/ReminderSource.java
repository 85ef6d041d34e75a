package org.casereviews.batch.reminders;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.security.MailRecipients;
import org.casereviews.security.Roles;
import org.casereviews.security.UserAccount;

/**
 * What the reminders job reads, as a partnership administrator: the job runs with no signed-in
 * user, so this bean carries the role (the EAR maps it to a run-as principal nobody can sign in
 * as). Local to the application; it hands out plain records, never entities.
 */
@Stateless
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ReminderSource {

  @EJB private ActionService actions;

  @EJB private MailRecipients recipients;

  /** Each agency's open actions overdue or due within the window, agencies by name. */
  public List<AgencyReminder> dueFor(LocalDate today) {
    Map<Long, List<ActionPlanItem>> byAgency = new LinkedHashMap<>();
    for (ActionPlanItem action : actions.dueForReminder(today)) {
      byAgency.computeIfAbsent(action.getAgency().getId(), id -> new ArrayList<>()).add(action);
    }
    return byAgency.values().stream().map(ReminderSource::reminder).toList();
  }

  /** The addresses of the agency's enabled liaison officers. */
  public List<String> liaisonAddresses(long agencyId) {
    return recipients.liaisonOfficers(agencyId).stream().map(UserAccount::getEmail).toList();
  }

  /** The addresses of the enabled partnership administrators. */
  public List<String> administratorAddresses() {
    return recipients.administrators().stream().map(UserAccount::getEmail).toList();
  }

  private static AgencyReminder reminder(List<ActionPlanItem> items) {
    ActionPlanItem first = items.get(0);
    return new AgencyReminder(
        first.getAgency().getId(),
        first.getAgency().getName(),
        items.stream().map(ReminderSource::line).toList());
  }

  private static ActionLine line(ActionPlanItem action) {
    return new ActionLine(
        action.getRecommendation().getReview().getReference(),
        action.getRecommendation().getNumber(),
        action.getId(),
        action.getDescription(),
        action.getOwnerName(),
        action.getDueOn(),
        action.getStatus().getLabel());
  }
}
