package org.casereviews.publication;

/** What a document of a review is, as the public page lists it. */
public enum DocumentKind {
  FULL_REPORT("Full report"),
  EXECUTIVE_SUMMARY("Executive summary"),
  PRACTITIONER_BRIEFING("Practitioner briefing"),
  BRIEFING_NOTE("Briefing note"),
  PRESENTATION("Presentation"),
  OTHER("Other document");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
