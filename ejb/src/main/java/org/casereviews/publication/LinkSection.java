package org.casereviews.publication;

/** Where a link sits on the public page. */
public enum LinkSection {
  NATIONAL_REVIEW("National reviews"),
  THEMATIC_COLLECTION("Thematic collections"),
  OTHER_PARTNERSHIP("Reviews by other partnerships"),
  NATIONAL_GUIDANCE("National guidance");

  private final String label;

  LinkSection(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
