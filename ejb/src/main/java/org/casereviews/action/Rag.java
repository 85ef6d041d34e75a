package org.casereviews.action;

import java.time.LocalDate;

/**
 * The RAG rating of an action, worked out from its status and due date, never typed in: red when an
 * open action is overdue or cannot be achieved, amber when it is due within {@link #AMBER_DAYS}
 * days, green when on track or awaiting assurance, blue when assured or closed.
 */
public enum Rag {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green"),
  BLUE("Complete");

  /** Days before the due date an open action turns amber (the reminders' window too). */
  public static final int AMBER_DAYS = 14;

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  public static Rag of(ActionStatus status, LocalDate dueOn, LocalDate today) {
    return switch (status) {
      case ASSURED, CLOSED -> BLUE;
      case AWAITING_ASSURANCE -> GREEN;
      case NOT_ACHIEVABLE -> RED;
      case NOT_STARTED, IN_PROGRESS ->
          dueOn.isBefore(today) ? RED : dueOn.isAfter(today.plusDays(AMBER_DAYS)) ? GREEN : AMBER;
    };
  }
}
