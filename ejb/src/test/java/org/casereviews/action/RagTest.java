package org.casereviews.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The RAG rating comes from the status and the due date, never from what someone typed. */
class RagTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void anOpenActionTurnsAmberTwoWeeksAheadAndRedWhenOverdue() {
    assertEquals(Rag.GREEN, Rag.of(ActionStatus.IN_PROGRESS, TODAY.plusDays(15), TODAY));
    assertEquals(Rag.AMBER, Rag.of(ActionStatus.IN_PROGRESS, TODAY.plusDays(14), TODAY));
    assertEquals(Rag.AMBER, Rag.of(ActionStatus.NOT_STARTED, TODAY, TODAY));
    assertEquals(Rag.RED, Rag.of(ActionStatus.NOT_STARTED, TODAY.minusDays(1), TODAY));
  }

  @Test
  void completeActionsAreNeverLateAndAnUnachievableOneIsRed() {
    LocalDate longAgo = TODAY.minusYears(1);

    assertEquals(Rag.GREEN, Rag.of(ActionStatus.AWAITING_ASSURANCE, longAgo, TODAY));
    assertEquals(Rag.BLUE, Rag.of(ActionStatus.ASSURED, longAgo, TODAY));
    assertEquals(Rag.BLUE, Rag.of(ActionStatus.CLOSED, longAgo, TODAY));
    assertEquals(Rag.RED, Rag.of(ActionStatus.NOT_ACHIEVABLE, TODAY.plusYears(1), TODAY));
  }
}
