package org.casereviews.shared;

/** What happened to the child: the category of a notification and of a review. */
public enum IncidentCategory {
  DEATH("Death"),
  SERIOUS_HARM("Serious harm");

  private final String label;

  IncidentCategory(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
