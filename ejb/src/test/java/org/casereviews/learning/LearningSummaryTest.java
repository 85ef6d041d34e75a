package org.casereviews.learning;

import static org.casereviews.learning.LearningEventTest.TODAY;
import static org.casereviews.learning.LearningEventTest.agency;
import static org.casereviews.learning.LearningEventTest.event;
import static org.casereviews.learning.LearningEventTest.review;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casereviews.agency.Agency;
import org.casereviews.learning.LearningSummary.Line;
import org.casereviews.review.Review;
import org.junit.jupiter.api.Test;

/** The board's figures: events and attendance by year, format, agency and review. */
class LearningSummaryTest {

  private final Agency police = agency("POLICE", "Police");
  private final Agency csc = agency("CSC", "Children's social care");
  private final Agency gp = agency("GP", "Primary care / GP");
  private final Review childA = review("SCP 2024-25/01", "Child A");
  private final Review familyQ = review("SCP 2023-24/04", "Family Q");

  private LearningSummary summary() {
    return LearningSummary.of(
        List.of(
            event(
                LearningFormat.SEVEN_MINUTE_BRIEFING,
                LocalDate.of(2024, 11, 5),
                childA,
                Map.of(police, 12, csc, 8)),
            event(
                LearningFormat.WORKSHOP,
                LocalDate.of(2025, 2, 3),
                childA,
                Map.of(police, 0, gp, 15)),
            event(
                LearningFormat.SEVEN_MINUTE_BRIEFING,
                LocalDate.of(2025, 3, 20),
                familyQ,
                Map.of(csc, 4)),
            event(LearningFormat.BRIEFING_NOTE, LocalDate.of(2025, 4, 1), null, Map.of()),
            event(LearningFormat.CONFERENCE, TODAY.plusDays(20), childA, Map.of())),
        null,
        null,
        TODAY);
  }

  @Test
  void totalsCountHeldEventsAndSetPlannedOnesApart() {
    LearningSummary summary = summary();

    assertEquals(4, summary.events());
    assertEquals(39, summary.attendance());
    assertEquals(1, summary.planned());
  }

  @Test
  void byYear() {
    assertEquals(
        List.of(new Line("2024", "2024", 1, 20), new Line("2025", "2025", 3, 19)),
        summary().byYear());
  }

  @Test
  void byFormatInTheOrderOfTheFormats() {
    assertEquals(
        List.of(
            new Line("SEVEN_MINUTE_BRIEFING", "7-minute briefing", 2, 24),
            new Line("BRIEFING_NOTE", "Briefing note", 1, 0),
            new Line("WORKSHOP", "Workshop", 1, 15)),
        summary().byFormat());
  }

  @Test
  void byAgencyCountsOnlyEventsThatReachedIt() {
    assertEquals(
        List.of(
            new Line("CSC", "Children's social care", 2, 12),
            new Line("POLICE", "Police", 1, 12),
            new Line("GP", "Primary care / GP", 1, 15)),
        summary().byAgency());
  }

  @Test
  void byReviewLeavesOutEventsOnThemesOnly() {
    assertEquals(
        List.of(
            new Line("SCP 2023-24/04", "SCP 2023-24/04 (Family Q)", 1, 4),
            new Line("SCP 2024-25/01", "SCP 2024-25/01 (Child A)", 2, 35)),
        summary().byReview());
  }

  @Test
  void noEventsGiveEmptyTables() {
    LearningSummary empty = LearningSummary.of(List.of(), null, null, TODAY);

    assertEquals(0, empty.events());
    assertEquals(0, empty.attendance());
    assertEquals(List.of(), empty.byYear());
  }
}
