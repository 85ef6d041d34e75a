package org.casereviews.batch.reminders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.action.NewAction;
import org.casereviews.agency.Agency;
import org.casereviews.it.Accounts;
import org.casereviews.review.FindingService;
import org.casereviews.review.Recommendation;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewDetails;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewType;
import org.casereviews.review.WorkingTogether;
import org.casereviews.security.Roles;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserDetails;
import org.casereviews.security.UserService;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.Today;

/**
 * Test data for the client-side reminder tests, made in the server through the real services by the
 * administrator who calls it: a new agency with its liaison officers and actions on a new review.
 * Part of the test deployment only (test classes join the EAR's WAR), at {@code
 * /api/v1/it/reminder-fixtures}.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
@Path("it/reminder-fixtures")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReminderFixtures {

  /** An action due {@code dueInDays} from today (negative: overdue), or done when {@code done}. */
  public record ActionSpec(String description, String owner, int dueInDays, boolean done) {}

  /** A new agency, its liaison officers (enabled, and disabled ones) and its actions. */
  public record AgencySpec(
      String name,
      List<String> liaisons,
      List<String> disabledLiaisons,
      List<ActionSpec> actions) {}

  /** What was made: the agency, the review's reference and the action ids in order. */
  public record Made(long agencyId, String agency, String reference, List<Long> actionIds) {}

  @EJB private ReferenceDataService reference;

  @EJB private UserService users;

  @EJB private ReviewService reviews;

  @EJB private FindingService findings;

  @EJB private ActionService actions;

  @POST
  public Made make(AgencySpec spec) {
    String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Agency agency = reference.create(Agency.class, code, spec.name());
    spec.liaisons().forEach(email -> liaison(agency, email));
    spec.disabledLiaisons()
        .forEach(email -> users.setEnabled(liaison(agency, email).getId(), false));
    Review review = reviews.create(details(spec.name()));
    Recommendation recommendation =
        findings.addRecommendation(review.getId(), null, "Agencies act on the learning.", Set.of());
    List<Long> ids = new ArrayList<>();
    for (ActionSpec action : spec.actions()) {
      ids.add(action(recommendation, agency, action).getId());
    }
    return new Made(agency.getId(), agency.getName(), review.getReference(), ids);
  }

  private UserAccount liaison(Agency agency, String email) {
    return users.create(
        Accounts.uniqueName("liaison"),
        new UserDetails("Liaison officer", email, Set.of(Roles.AGENCY_LIAISON), agency.getId()),
        Accounts.PASSWORD);
  }

  private ActionPlanItem action(Recommendation recommendation, Agency agency, ActionSpec spec) {
    LocalDate today = Today.inEngland();
    LocalDate due = today.plusDays(spec.dueInDays());
    ActionPlanItem action =
        actions.create(
            recommendation.getId(),
            new NewAction(
                agency.getId(),
                spec.owner(),
                spec.description(),
                due.isBefore(today) ? today.plusDays(1) : due));
    if (due.isBefore(today)) {
      action = actions.changeDueDate(action.getId(), action.getVersion(), due, "Agreed slippage.");
    }
    if (spec.done()) {
      action =
          actions.reportProgress(
              action.getId(),
              action.getVersion(),
              org.casereviews.action.ActionStatus.AWAITING_ASSURANCE,
              "Done.",
              null);
    }
    return action;
  }

  private static ReviewDetails details(String pseudonym) {
    return new ReviewDetails(
        ReviewType.LOCAL_LEARNING,
        pseudonym,
        IncidentCategory.SERIOUS_HARM,
        null,
        Set.of(),
        Set.of(),
        null,
        null,
        WorkingTogether.WT2023,
        List.of(),
        new ReviewDates(),
        Set.of(),
        Set.of());
  }
}
