package org.casereviews.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewTheme;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.IncidentCategory;
import org.junit.jupiter.api.Test;

/** What may be recorded about a learning event, and what is refused with which field. */
class LearningEventTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

  static Agency agency(String code, String name) {
    Agency agency = new Agency();
    agency.setCode(code);
    agency.setName(name);
    return agency;
  }

  static Review review(String reference, String pseudonym) {
    return new Review(
        reference,
        ReviewType.LCSPR,
        pseudonym,
        IncidentCategory.DEATH,
        ReviewStatus.PUBLISHED,
        TODAY,
        false,
        Instant.now(),
        "officer");
  }

  static LearningEvent event(
      LearningFormat format, LocalDate heldOn, Review review, Map<Agency, Integer> attendance) {
    LearningEvent event = new LearningEvent(Instant.now(), "officer");
    ReviewTheme neglect = new ReviewTheme();
    neglect.setCode("NEGLECT");
    event.describe(
        details(format, heldOn),
        review,
        review == null ? Set.of(neglect) : Set.of(),
        attendance,
        TODAY);
    return event;
  }

  static LearningEventDetails details(LearningFormat format, LocalDate heldOn) {
    return new LearningEventDetails(
        "  Briefing on Child A  ", format, heldOn, " Health visitors ", null, null, null, " ");
  }

  @Test
  void keepsTheEventWithItsAttendanceTotalled() {
    Agency police = agency("POLICE", "Police");
    Agency csc = agency("CSC", "Children's social care");

    LearningEvent event =
        event(
            LearningFormat.SEVEN_MINUTE_BRIEFING,
            TODAY,
            review("SCP 2024-25/01", "Child A"),
            Map.of(police, 12, csc, 8));

    assertEquals("Briefing on Child A", event.getTitle());
    assertEquals("Health visitors", event.getAudience());
    assertEquals(null, event.getNotes());
    assertEquals(20, event.getTotalAttendance());
    assertEquals("Children's social care", event.getAttendanceByAgency().get(0).agency().getName());
    assertEquals(12, event.getAttendanceByAgency().get(1).count());
  }

  @Test
  void anEventWithNeitherReviewNorThemeIsRefused() {
    LearningEvent event = new LearningEvent(Instant.now(), "officer");

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                event.describe(
                    details(LearningFormat.WORKSHOP, TODAY), null, Set.of(), Map.of(), TODAY));

    assertEquals("review", refused.getField());
    assertTrue(refused.getMessage().contains("at least one theme"), refused.getMessage());
  }

  @Test
  void aNegativeAttendanceIsRefusedNamingTheAgency() {
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                event(
                    LearningFormat.WORKSHOP, TODAY, null, Map.of(agency("POLICE", "Police"), -3)));

    assertEquals("attendance", refused.getField());
    assertTrue(refused.getMessage().startsWith("The attendance for Police"), refused.getMessage());
  }

  @Test
  void aPlannedEventMayBeInTheFutureButHasNoAttendanceYet() {
    LearningEvent planned = event(LearningFormat.CONFERENCE, TODAY.plusDays(30), null, Map.of());
    assertTrue(planned.isPlanned(TODAY));

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                event(
                    LearningFormat.CONFERENCE,
                    TODAY.plusDays(30),
                    null,
                    Map.of(agency("POLICE", "Police"), 5)));
    assertEquals("attendance", refused.getField());
    assertEquals(
        "The event is planned for 10 July 2025: record who attended once it has taken place.",
        refused.getMessage());
  }
}
