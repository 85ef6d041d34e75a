package org.casereviews.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casereviews.review.Deadline.Urgency;
import org.casereviews.shared.calendar.WorkingDays;

/**
 * Works out a review's deadlines from its kind, status and key dates, in working days with the bank
 * holidays of England and Wales. The day of the event is day 0. Deadlines counted in months (an
 * LCSPR published within 6 months of initiation) fall on the same date months later, brought back
 * to the last working day before it when that date is a weekend or bank holiday.
 */
public final class ReviewDeadlines {

  /** An open deadline this many working days away or fewer is "due soon". */
  public static final int DUE_SOON_WORKING_DAYS = 3;

  private final WorkingDays workingDays;
  private final int prepublicationWorkingDays;

  public ReviewDeadlines(WorkingDays workingDays, int prepublicationWorkingDays) {
    this.workingDays = workingDays;
    this.prepublicationWorkingDays = prepublicationWorkingDays;
  }

  /** The due date of each deadline that applies to the review now. */
  public Map<DeadlineKind, LocalDate> dueDates(Review review) {
    ReviewDates d = review.getDates();
    Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
    switch (review.getType()) {
      case RAPID_REVIEW -> {
        if (d.getAwareOn() != null) {
          due.put(DeadlineKind.NATIONAL_NOTIFICATION, nationalNotificationDue(d.getAwareOn()));
          LocalDate from = d.getNotifiedOn() != null ? d.getNotifiedOn() : d.getAwareOn();
          due.put(DeadlineKind.RAPID_REVIEW, workingDays.plus(from, 15));
        }
      }
      case SCR -> {
        LocalDate notified = d.getNotifiedOn() != null ? d.getNotifiedOn() : d.getAwareOn();
        if (notified != null) {
          due.put(DeadlineKind.SCR_DECISION, months(notified, 1));
        }
        if (d.getInitiatedOn() != null) {
          due.put(DeadlineKind.SCR_COMPLETION, months(d.getInitiatedOn(), 6));
        }
        LocalDate publication =
            d.getPublishedOn() != null ? d.getPublishedOn() : d.getPlannedPublicationOn();
        if (publication != null) {
          due.put(DeadlineKind.PANEL_REPORT, beforePublication(publication));
        }
      }
      case LCSPR -> {
        if (d.getInitiatedOn() != null) {
          LocalDate publicationDue = months(d.getInitiatedOn(), 6);
          due.put(DeadlineKind.PUBLICATION, publicationDue);
          LocalDate publication =
              d.getPublishedOn() != null
                  ? d.getPublishedOn()
                  : d.getPlannedPublicationOn() != null
                      ? d.getPlannedPublicationOn()
                      : publicationDue;
          due.put(DeadlineKind.PANEL_REPORT, beforePublication(publication));
        }
      }
      default -> {
        // thematic reviews, SILPs, audits and the rest have no statutory timetable
      }
    }
    return due;
  }

  /** Every deadline of the review as it stands on {@code today}. */
  public List<Deadline> of(Review review, LocalDate today) {
    List<Deadline> deadlines = new ArrayList<>();
    dueDates(review)
        .forEach(
            (kind, due) -> deadlines.add(standing(review, kind, due, metOn(review, kind), today)));
    return deadlines;
  }

  /** The national notification: 5 working days after becoming aware. */
  public LocalDate nationalNotificationDue(LocalDate awareOn) {
    return workingDays.plus(awareOn, 5);
  }

  /** How a deadline with this due date stands, given when (if ever) it was met. */
  public Deadline standing(LocalDate dueOn, LocalDate metOn, LocalDate today, DeadlineKind kind) {
    return standing(null, kind, dueOn, metOn, today);
  }

  private Deadline standing(
      Review review, DeadlineKind kind, LocalDate due, LocalDate met, LocalDate today) {
    String rule =
        kind == DeadlineKind.PANEL_REPORT
            ? prepublicationWorkingDays + " " + kind.getRule()
            : kind.getRule();
    if (met != null) {
      int margin = workingDays.between(met, due);
      return new Deadline(
          kind, rule, due, met, margin >= 0 ? Urgency.MET : Urgency.MET_LATE, margin);
    }
    int left = workingDays.between(today, due);
    if (review != null && !review.getStatus().isOpen()) {
      return new Deadline(kind, rule, due, null, Urgency.NOT_NEEDED, left);
    }
    if (review != null
        && review.getStatus() == ReviewStatus.DELAYED
        && (kind == DeadlineKind.PUBLICATION || kind == DeadlineKind.PANEL_REPORT)) {
      return new Deadline(kind, rule, due, null, Urgency.ON_HOLD, left);
    }
    Urgency urgency =
        left < 0 ? Urgency.OVERDUE : left <= DUE_SOON_WORKING_DAYS ? Urgency.DUE_SOON : Urgency.DUE;
    return new Deadline(kind, rule, due, null, urgency, left);
  }

  private static LocalDate metOn(Review review, DeadlineKind kind) {
    ReviewDates d = review.getDates();
    return switch (kind) {
      case NATIONAL_NOTIFICATION -> d.getNotifiedOn();
      case RAPID_REVIEW -> d.getRapidReviewSentOn();
      case SCR_DECISION -> d.getDecisionOn();
      case SCR_COMPLETION -> d.getSignedOffOn();
      case PANEL_REPORT -> d.getSentToPanelOn();
      case PUBLICATION -> d.getPublishedOn();
    };
  }

  private LocalDate months(LocalDate from, int months) {
    return workingDays.onOrBefore(from.plusMonths(months));
  }

  private LocalDate beforePublication(LocalDate publication) {
    return workingDays.minus(publication, prepublicationWorkingDays);
  }
}
