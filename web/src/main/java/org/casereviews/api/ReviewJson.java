package org.casereviews.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.review.Deadline;
import org.casereviews.review.DeadlineChange;
import org.casereviews.review.Finding;
import org.casereviews.review.Recommendation;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewTransition;

/** The shapes a review takes in the API; entities never leave the server. */
public final class ReviewJson {

  private ReviewJson() {}

  /** The key dates of a review. */
  public record Dates(
      LocalDate incidentOn,
      LocalDate awareOn,
      LocalDate notifiedOn,
      LocalDate rapidReviewSentOn,
      LocalDate decisionOn,
      LocalDate initiatedOn,
      LocalDate signedOffOn,
      LocalDate sentToPanelOn,
      LocalDate plannedPublicationOn,
      LocalDate publishedOn,
      LocalDate archivedOn) {

    static Dates of(ReviewDates d) {
      return new Dates(
          d.getIncidentOn(),
          d.getAwareOn(),
          d.getNotifiedOn(),
          d.getRapidReviewSentOn(),
          d.getDecisionOn(),
          d.getInitiatedOn(),
          d.getSignedOffOn(),
          d.getSentToPanelOn(),
          d.getPlannedPublicationOn(),
          d.getPublishedOn(),
          d.getArchivedOn());
    }

    ReviewDates toDates() {
      ReviewDates d = new ReviewDates();
      d.setIncidentOn(incidentOn);
      d.setAwareOn(awareOn);
      d.setNotifiedOn(notifiedOn);
      d.setRapidReviewSentOn(rapidReviewSentOn);
      d.setDecisionOn(decisionOn);
      d.setInitiatedOn(initiatedOn);
      d.setSignedOffOn(signedOffOn);
      d.setSentToPanelOn(sentToPanelOn);
      d.setPlannedPublicationOn(plannedPublicationOn);
      d.setPublishedOn(publishedOn);
      d.setArchivedOn(archivedOn);
      return d;
    }
  }

  /** A deadline as it stands today. */
  public record DeadlineView(
      String deadline,
      String label,
      String rule,
      LocalDate due,
      LocalDate met,
      String urgency,
      String standing,
      int workingDaysLeft) {

    static DeadlineView of(Deadline d) {
      return new DeadlineView(
          d.kind().name(),
          d.getLabel(),
          d.rule(),
          d.dueOn(),
          d.metOn(),
          d.urgency().name(),
          d.getStanding(),
          d.workingDaysLeft());
    }
  }

  /** One step of the lifecycle. */
  public record Step(
      String from, String to, LocalDate on, Instant recordedAt, String recordedBy, String reason) {

    static Step of(ReviewTransition t) {
      return new Step(
          t.getFromStatus() == null ? null : t.getFromStatus().name(),
          t.getToStatus().name(),
          t.getEffectiveOn(),
          t.getRecordedAt(),
          t.getRecordedBy(),
          t.getReason());
    }
  }

  /** A due date that moved. */
  public record DeadlineMove(
      String deadline,
      LocalDate previousDue,
      LocalDate newDue,
      Instant changedAt,
      String changedBy,
      String reason) {

    static DeadlineMove of(DeadlineChange c) {
      return new DeadlineMove(
          c.getDeadline().name(),
          c.getPreviousDue(),
          c.getNewDue(),
          c.getChangedAt(),
          c.getChangedBy(),
          c.getReason());
    }
  }

  /** A finding of the review. */
  public record FindingView(long id, long version, int number, String text, List<String> themes) {

    static FindingView of(Finding f) {
      return new FindingView(
          f.getId(), f.getVersion(), f.getNumber(), f.getText(), Codes.codesOf(f.getThemes()));
    }
  }

  /** A recommendation; {@code finding} is the number of the finding it answers. */
  public record RecommendationView(
      long id, long version, int number, Integer finding, String text, List<String> themes) {

    static RecommendationView of(Recommendation r) {
      return new RecommendationView(
          r.getId(),
          r.getVersion(),
          r.getNumber(),
          r.getFinding() == null ? null : r.getFinding().getNumber(),
          r.getText(),
          Codes.codesOf(r.getThemes()));
    }
  }

  /** A review in a list. */
  public record Summary(
      long id,
      long version,
      String reference,
      String pseudonym,
      String type,
      String category,
      String status,
      LocalDate openedOn,
      List<String> themes,
      List<String> agencies,
      String leadReviewer,
      String caseOfficer) {

    static Summary of(Review r) {
      return new Summary(
          r.getId(),
          r.getVersion(),
          r.getReference(),
          r.getPseudonym(),
          r.getType().name(),
          r.getCategory().name(),
          r.getStatus().name(),
          r.getOpenedOn(),
          Codes.codesOf(r.getThemes()),
          Codes.codesOf(r.getAgencies()),
          r.getLeadReviewer(),
          r.getCaseOfficer());
    }
  }

  /** A review as other records point at it. */
  public record ReviewLink(long id, String reference, String type, String pseudonym) {

    static ReviewLink of(Review r) {
      return r == null
          ? null
          : new ReviewLink(r.getId(), r.getReference(), r.getType().name(), r.getPseudonym());
    }
  }

  /**
   * What is sent to open or change a review. {@code version} and {@code dateChangeReason} matter
   * for changes only; the reason is needed when a changed date moves a deadline.
   */
  public record ReviewInput(
      Long version,
      String type,
      String pseudonym,
      String category,
      String summary,
      List<String> themes,
      List<String> agencies,
      String leadReviewer,
      String caseOfficer,
      String workingTogether,
      List<ChildJson> children,
      Dates dates,
      List<Long> notifications,
      List<Long> cases,
      String dateChangeReason) {}

  /** A move through the lifecycle; {@code decision} for the Panel's decision. */
  public record Transition(long version, String to, LocalDate on, String reason, String decision) {}

  /** Commissioning the LCSPR that follows a rapid review. */
  public record LocalReview(long version, LocalDate initiatedOn) {}

  /** A finding or recommendation; {@code finding} is the number of the finding answered. */
  public record Entry(Long version, Integer finding, String text, List<String> themes) {}

  /** Everything about one review. */
  public record ReviewView(
      long id,
      long version,
      String reference,
      String pseudonym,
      String type,
      String category,
      String status,
      String panelDecision,
      String workingTogether,
      String summary,
      List<String> themes,
      List<String> agencies,
      String leadReviewer,
      String caseOfficer,
      List<ChildJson> children,
      Dates dates,
      LocalDate openedOn,
      boolean imported,
      Instant createdAt,
      String createdBy,
      List<Long> notifications,
      ReviewLink origin,
      ReviewLink followedBy,
      List<ReviewLink> cases,
      List<String> nextStatuses,
      List<DeadlineView> deadlines,
      List<Step> history,
      List<DeadlineMove> deadlineHistory,
      List<FindingView> findings,
      List<RecommendationView> recommendations) {}
}
