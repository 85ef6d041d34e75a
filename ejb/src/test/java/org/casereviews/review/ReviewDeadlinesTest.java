package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casereviews.review.Deadline.Urgency;
import org.casereviews.shared.IncidentCategory;
import org.casereviews.shared.calendar.BankHolidays;
import org.casereviews.shared.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/** Each statutory deadline, right to the day across Christmas, New Year and bank holidays. */
class ReviewDeadlinesTest {

  private final ReviewDeadlines rules =
      new ReviewDeadlines(
          new WorkingDays(
              BankHolidays.between(BankHolidays.FIRST_YEAR, BankHolidays.LAST_YEAR).keySet()),
          7);

  @Test
  void aRapidReviewOverChristmasAndNewYear() {
    Review review = review(ReviewType.RAPID_REVIEW, ReviewStatus.RAPID_REVIEW);
    review.getDates().setAwareOn(LocalDate.of(2024, 12, 20));
    review.getDates().setNotifiedOn(LocalDate.of(2024, 12, 23));

    Map<DeadlineKind, LocalDate> due = rules.dueDates(review);

    // 23, 24, (25, 26), 27, 30, 31: the Panel must hear by Tuesday 31 December
    assertEquals(LocalDate.of(2024, 12, 31), due.get(DeadlineKind.NATIONAL_NOTIFICATION));
    // 15 working days from Monday 23 December, skipping 25, 26 December and 1 January
    assertEquals(LocalDate.of(2025, 1, 16), due.get(DeadlineKind.RAPID_REVIEW));
  }

  @Test
  void theRapidReviewCountsFromBecomingAwareUntilThePanelIsNotified() {
    Review review = review(ReviewType.RAPID_REVIEW, ReviewStatus.RAPID_REVIEW);
    review.getDates().setAwareOn(LocalDate.of(2020, 5, 4));

    // 15 working days from Monday 4 May 2020, skipping VE day (8 May) and 25 May
    assertEquals(LocalDate.of(2020, 5, 27), rules.dueDates(review).get(DeadlineKind.RAPID_REVIEW));
  }

  @Test
  void daysLeftTurnIntoDaysOverdueAndAMetDeadlineSaysHowEarly() {
    Review review = review(ReviewType.RAPID_REVIEW, ReviewStatus.RAPID_REVIEW);
    review.getDates().setAwareOn(LocalDate.of(2024, 12, 20));
    review.getDates().setNotifiedOn(LocalDate.of(2024, 12, 23));

    Deadline notification =
        find(rules.of(review, LocalDate.of(2025, 1, 14)), DeadlineKind.NATIONAL_NOTIFICATION);
    Deadline soon = find(rules.of(review, LocalDate.of(2025, 1, 14)), DeadlineKind.RAPID_REVIEW);
    Deadline late = find(rules.of(review, LocalDate.of(2025, 1, 20)), DeadlineKind.RAPID_REVIEW);

    assertEquals(Urgency.MET, notification.urgency());
    assertEquals("met 4 working days early", notification.getStanding());
    assertEquals(Urgency.DUE_SOON, soon.urgency());
    assertEquals("2 working days left", soon.getStanding());
    assertEquals(Urgency.OVERDUE, late.urgency());
    assertEquals("2 working days overdue", late.getStanding());
  }

  @Test
  void anLcsprIsPublishedWithinSixMonthsAndTheReportGoesSevenWorkingDaysBefore() {
    Review review = review(ReviewType.LCSPR, ReviewStatus.IN_PROGRESS);
    review.getDates().setInitiatedOn(LocalDate.of(2025, 2, 25));

    Map<DeadlineKind, LocalDate> due = rules.dueDates(review);

    // 25 August 2025 is the summer bank holiday: the last working day before it is Friday 22nd
    assertEquals(LocalDate.of(2025, 8, 22), due.get(DeadlineKind.PUBLICATION));
    // 14, 15, 18, 19, 20, 21, 22 August are the seven working days before publication
    assertEquals(LocalDate.of(2025, 8, 13), due.get(DeadlineKind.PANEL_REPORT));
  }

  @Test
  void aPlannedPublicationDateMovesTheReportDeadline() {
    Review review = review(ReviewType.LCSPR, ReviewStatus.SIGNED_OFF);
    review.getDates().setInitiatedOn(LocalDate.of(2024, 11, 1));
    review.getDates().setPlannedPublicationOn(LocalDate.of(2025, 4, 24));

    // seven working days before Thursday 24 April 2025, across Easter
    assertEquals(LocalDate.of(2025, 4, 11), rules.dueDates(review).get(DeadlineKind.PANEL_REPORT));
  }

  @Test
  void theNumberOfWorkingDaysBeforePublicationIsConfigurable() {
    ReviewDeadlines tenDays =
        new ReviewDeadlines(new WorkingDays(BankHolidays.between(2025, 2025).keySet()), 10);
    Review review = review(ReviewType.LCSPR, ReviewStatus.SIGNED_OFF);
    review.getDates().setInitiatedOn(LocalDate.of(2025, 1, 6));
    review.getDates().setPlannedPublicationOn(LocalDate.of(2025, 6, 30));

    // ten working days before Monday 30 June 2025
    assertEquals(
        LocalDate.of(2025, 6, 16), tenDays.dueDates(review).get(DeadlineKind.PANEL_REPORT));
    assertTrue(
        tenDays.of(review, LocalDate.of(2025, 6, 2)).stream()
            .anyMatch(d -> d.rule().startsWith("10 working days before publication")));
  }

  @Test
  void anScrUnderWorkingTogether2015() {
    Review review = review(ReviewType.SCR, ReviewStatus.IN_PROGRESS);
    review.setWorkingTogether(WorkingTogether.WT2015);
    review.getDates().setNotifiedOn(LocalDate.of(2015, 1, 31));
    review.getDates().setInitiatedOn(LocalDate.of(2015, 3, 2));

    Map<DeadlineKind, LocalDate> due = rules.dueDates(review);

    // a month after Saturday 31 January is Saturday 28 February: the decision is due Friday 27th
    assertEquals(LocalDate.of(2015, 2, 27), due.get(DeadlineKind.SCR_DECISION));
    assertEquals(LocalDate.of(2015, 9, 2), due.get(DeadlineKind.SCR_COMPLETION));
  }

  @Test
  void aClosedReviewNoLongerNeedsItsOpenDeadlines() {
    Review review = review(ReviewType.RAPID_REVIEW, ReviewStatus.CLOSED);
    review.getDates().setAwareOn(LocalDate.of(2025, 3, 3));

    assertTrue(
        rules.of(review, LocalDate.of(2025, 6, 1)).stream()
            .allMatch(d -> d.urgency() == Urgency.NOT_NEEDED));
  }

  @Test
  void aDelayedPublicationPutsThePublicationDeadlinesOnHold() {
    Review review = review(ReviewType.LCSPR, ReviewStatus.DELAYED);
    review.getDates().setInitiatedOn(LocalDate.of(2024, 1, 8));
    review.getDates().setSentToPanelOn(LocalDate.of(2024, 6, 20));

    List<Deadline> deadlines = rules.of(review, LocalDate.of(2025, 1, 6));

    assertEquals(Urgency.ON_HOLD, find(deadlines, DeadlineKind.PUBLICATION).urgency());
    assertEquals(Urgency.MET, find(deadlines, DeadlineKind.PANEL_REPORT).urgency());
  }

  @Test
  void thematicReviewsHaveNoStatutoryTimetable() {
    Review review = review(ReviewType.THEMATIC, ReviewStatus.IN_PROGRESS);
    review.getDates().setInitiatedOn(LocalDate.of(2025, 1, 6));

    assertTrue(rules.dueDates(review).isEmpty());
  }

  static Review review(ReviewType type, ReviewStatus status) {
    return new Review(
        "SCP 2024-25/01",
        type,
        "Child A",
        IncidentCategory.SERIOUS_HARM,
        status,
        LocalDate.of(2024, 12, 20),
        false,
        Instant.now(),
        "test");
  }

  private static Deadline find(List<Deadline> deadlines, DeadlineKind kind) {
    return deadlines.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
  }
}
