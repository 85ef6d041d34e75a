package org.casereviews.web.admin.reviews;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.action.NewAction;
import org.casereviews.agency.Agency;
import org.casereviews.review.Deadline;
import org.casereviews.review.DeadlineChange;
import org.casereviews.review.Finding;
import org.casereviews.review.FindingService;
import org.casereviews.review.PanelDecision;
import org.casereviews.review.Recommendation;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewLifecycle;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTheme;
import org.casereviews.review.ReviewTransition;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.web.Messages;

/**
 * /admin/reviews/view.xhtml?id=: one review (the read is audited) with its deadlines coloured by
 * urgency, its timeline, the next steps of its lifecycle, and its findings and recommendations.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewService service;

  @EJB private FindingService findingService;

  @EJB private ReferenceDataService referenceData;

  @EJB private ActionService actionService;

  private Long id;
  private Review review;
  private ReviewStatus nextStatus;
  private LocalDate on;
  private String reason;
  private PanelDecision decision;
  private LocalDate initiatedOn;
  private String findingText;
  private List<Long> findingThemes = new ArrayList<>();
  private String recommendationText;
  private Long recommendationFinding;
  private List<Long> recommendationThemes = new ArrayList<>();
  // read once per page: every change redirects to a fresh view of the page
  private transient List<Deadline> deadlines;
  private transient List<ReviewTransition> timeline;
  private transient List<DeadlineChange> deadlineChanges;
  private transient List<Finding> findings;
  private transient List<Recommendation> recommendations;
  private transient List<ActionPlanItem> actions;
  private transient Optional<Review> followedBy;
  private Long actionRecommendation;
  private Long actionAgency;
  private String actionOwner;
  private String actionDescription;
  private LocalDate actionDue;

  /** Runs once when the page opens (f:viewAction). */
  public void load() {
    if (id != null) {
      try {
        review = service.view(id);
      } catch (NotFoundException e) {
        review = null;
      }
    }
  }

  public void move() throws IOException {
    Review moved =
        Messages.attempt(
            () -> service.transition(id, review.getVersion(), nextStatus, on, reason, decision));
    if (moved != null) {
      reopen(moved, "Now: " + moved.getStatus().getLabel() + ".");
    }
  }

  public void commissionLocalReview() throws IOException {
    Review lcspr =
        Messages.attempt(() -> service.commissionLocalReview(id, review.getVersion(), initiatedOn));
    if (lcspr != null) {
      reopen(
          lcspr,
          "LCSPR "
              + lcspr.getReference()
              + " is commissioned after "
              + review.getReference()
              + ". It must be published within 6 months.");
    }
  }

  public void addFinding() throws IOException {
    Finding added =
        Messages.attempt(
            () -> findingService.addFinding(id, findingText, Set.copyOf(findingThemes)));
    if (added != null) {
      reopen(review, "Finding " + added.getNumber() + " added.");
    }
  }

  public void addRecommendation() throws IOException {
    Recommendation added =
        Messages.attempt(
            () ->
                findingService.addRecommendation(
                    id,
                    recommendationFinding,
                    recommendationText,
                    Set.copyOf(recommendationThemes)));
    if (added != null) {
      reopen(review, "Recommendation " + added.getNumber() + " added.");
    }
  }

  public void addAction() throws IOException {
    if (actionRecommendation == null) {
      Messages.error("actionRecommendation", "Choose the recommendation the action answers.");
      return;
    }
    ActionPlanItem added =
        Messages.attempt(
            () ->
                actionService.create(
                    actionRecommendation,
                    new NewAction(actionAgency, actionOwner, actionDescription, actionDue)));
    if (added != null) {
      reopen(review, "Action added for " + added.getAgency().getName() + ".");
    }
  }

  public List<ActionPlanItem> getActions() {
    if (actions == null) {
      actions = actionService.forReview(id);
    }
    return actions;
  }

  public List<Agency> getAgencies() {
    return referenceData.list(Agency.class).stream().filter(Agency::isActive).toList();
  }

  private void reopen(Review target, String message) throws IOException {
    Messages.info(message);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + "/admin/reviews/view.xhtml?id=" + target.getId());
  }

  public List<Deadline> getDeadlines() {
    if (deadlines == null) {
      deadlines = service.deadlines(review);
    }
    return deadlines;
  }

  public List<ReviewTransition> getTimeline() {
    if (timeline == null) {
      timeline = service.transitions(id);
    }
    return timeline;
  }

  public List<DeadlineChange> getDeadlineChanges() {
    if (deadlineChanges == null) {
      deadlineChanges = service.deadlineChanges(id);
    }
    return deadlineChanges;
  }

  public List<Finding> getFindings() {
    if (findings == null) {
      findings = findingService.findings(id);
    }
    return findings;
  }

  public List<Recommendation> getRecommendations() {
    if (recommendations == null) {
      recommendations = findingService.recommendations(id);
    }
    return recommendations;
  }

  public List<ReviewStatus> getNextStatuses() {
    return List.copyOf(ReviewLifecycle.next(review.getType(), review.getStatus()));
  }

  public boolean needsReason(ReviewStatus to) {
    return to != null && ReviewLifecycle.needsReason(review.getStatus(), to);
  }

  /** A rapid review the Panel sent back for a local review, with no LCSPR yet. */
  public boolean isLocalReviewDue() {
    return review.getType() == ReviewType.RAPID_REVIEW
        && review.getPanelDecision() == PanelDecision.LOCAL_REVIEW
        && getFollowedBy() == null;
  }

  public Review getFollowedBy() {
    if (followedBy == null) {
      followedBy = service.followingReview(review);
    }
    return followedBy.orElse(null);
  }

  public PanelDecision[] getDecisions() {
    return PanelDecision.values();
  }

  public List<ReviewTheme> getThemes() {
    return referenceData.list(ReviewTheme.class).stream().filter(ReviewTheme::isActive).toList();
  }

  public boolean isMissing() {
    return review == null;
  }

  public Review getReview() {
    return review;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ReviewStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(ReviewStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public PanelDecision getDecision() {
    return decision;
  }

  public void setDecision(PanelDecision decision) {
    this.decision = decision;
  }

  public LocalDate getInitiatedOn() {
    return initiatedOn;
  }

  public void setInitiatedOn(LocalDate initiatedOn) {
    this.initiatedOn = initiatedOn;
  }

  public String getFindingText() {
    return findingText;
  }

  public void setFindingText(String findingText) {
    this.findingText = findingText;
  }

  public List<Long> getFindingThemes() {
    return findingThemes;
  }

  public void setFindingThemes(List<Long> findingThemes) {
    this.findingThemes = findingThemes == null ? new ArrayList<>() : findingThemes;
  }

  public String getRecommendationText() {
    return recommendationText;
  }

  public void setRecommendationText(String recommendationText) {
    this.recommendationText = recommendationText;
  }

  public Long getActionRecommendation() {
    return actionRecommendation;
  }

  public void setActionRecommendation(Long actionRecommendation) {
    this.actionRecommendation = actionRecommendation;
  }

  public Long getActionAgency() {
    return actionAgency;
  }

  public void setActionAgency(Long actionAgency) {
    this.actionAgency = actionAgency;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public String getActionDescription() {
    return actionDescription;
  }

  public void setActionDescription(String actionDescription) {
    this.actionDescription = actionDescription;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public void setActionDue(LocalDate actionDue) {
    this.actionDue = actionDue;
  }

  public Long getRecommendationFinding() {
    return recommendationFinding;
  }

  public void setRecommendationFinding(Long recommendationFinding) {
    this.recommendationFinding = recommendationFinding;
  }

  public List<Long> getRecommendationThemes() {
    return recommendationThemes;
  }

  public void setRecommendationThemes(List<Long> recommendationThemes) {
    this.recommendationThemes =
        recommendationThemes == null ? new ArrayList<>() : recommendationThemes;
  }
}
