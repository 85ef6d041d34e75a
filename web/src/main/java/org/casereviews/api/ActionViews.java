package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.action.EvidenceService;
import org.casereviews.api.ActionResource.ActionView;
import org.casereviews.api.ActionResource.NoteView;
import org.casereviews.api.ActionResource.SlippageView;
import org.casereviews.shared.Today;

/** Turns an action into what the API shows, for the action and review resources alike. */
@RequestScoped
public class ActionViews {

  @EJB private ActionService actions;

  @EJB private EvidenceService evidence;

  ActionView view(ActionPlanItem a, boolean whole) {
    LocalDate today = Today.inEngland();
    return new ActionView(
        a.getId(),
        a.getVersion(),
        a.getRecommendation().getReview().getReference(),
        a.getRecommendation().getNumber(),
        a.getAgency().getCode(),
        a.getOwnerName(),
        a.getDescription(),
        a.getDueOn(),
        a.getStatus().name(),
        a.rag(today).name(),
        a.daysOverdue(today),
        a.getNotAchievableReason(),
        a.getCompletedOn(),
        a.getAssuredOn(),
        a.getClosedOn(),
        whole ? actions.notes(a.getId()).stream().map(NoteView::of).toList() : null,
        whole ? actions.slippage(a.getId()).stream().map(SlippageView::of).toList() : null,
        whole ? evidence.list(a.getId()) : null);
  }
}
