package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchiveServiceTest {

  @Test
  void theArchivePeriodIsAnIsoPeriodAndReadsAsPeopleSayIt() {
    assertEquals(Period.ofYears(3), ArchiveService.period(" P3Y "));
    assertEquals("3 years", ArchiveService.describe(Period.ofYears(3)));
    assertEquals("1 year 6 months", ArchiveService.describe(Period.parse("P1Y6M")));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> ArchiveService.period("3 years"));
    assertTrue(refused.getMessage().contains("such as P3Y"), refused.getMessage());
    assertThrows(IllegalStateException.class, () -> ArchiveService.period("P0D"));
  }

  @Test
  void theKindsThatStayPublicAreNamedInTheConfiguration() {
    assertEquals(
        EnumSet.of(DocumentKind.PRACTITIONER_BRIEFING, DocumentKind.BRIEFING_NOTE),
        ArchiveService.kinds("practitioner_briefing, BRIEFING_NOTE"));
    assertEquals(Set.of(), ArchiveService.kinds("none"));
    assertEquals("", ArchiveService.keptKindsClause(Set.of()));
    assertEquals(
        " AND kind NOT IN ('BRIEFING_NOTE')",
        ArchiveService.keptKindsClause(EnumSet.of(DocumentKind.BRIEFING_NOTE)));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> ArchiveService.kinds("BRIEFINGS"));
    assertTrue(refused.getMessage().contains("'BRIEFINGS'"), refused.getMessage());
  }

  @Test
  void theSummarySaysWhatTheRunDidInOneSentence() {
    ArchiveOutcome outcome =
        new ArchiveOutcome(
            1000,
            LocalDate.of(2026, 11, 22),
            Period.ofYears(3),
            LocalDate.of(2023, 11, 22),
            1,
            4,
            2);

    assertEquals(
        "Archived 1 review published before 2023-11-22 (4 documents taken off the public page);"
            + " 2 reviews held back from archiving.",
        outcome.summary());
  }
}
