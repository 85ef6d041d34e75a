package org.casereviews.cdop;

/** Where a child died, as the notifying agency records it; the codes are the constants' names. */
public enum PlaceOfDeath {
  HOSPITAL("Hospital"),
  HOME("Home"),
  OTHER_RESIDENCE("Another residence"),
  HOSPICE("Hospice"),
  PUBLIC_PLACE("Public place"),
  OTHER("Other");

  private final String label;

  PlaceOfDeath(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
