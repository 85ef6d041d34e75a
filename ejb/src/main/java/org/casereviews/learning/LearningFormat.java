package org.casereviews.learning;

/** How the learning was spread, from a 7-minute briefing to a conference. */
public enum LearningFormat {
  SEVEN_MINUTE_BRIEFING("7-minute briefing"),
  BRIEFING_NOTE("Briefing note"),
  WORKSHOP("Workshop"),
  PRESENTATION("Presentation to a team"),
  CONFERENCE("Conference or seminar"),
  E_LEARNING("E-learning"),
  OTHER("Other");

  private final String label;

  LearningFormat(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
