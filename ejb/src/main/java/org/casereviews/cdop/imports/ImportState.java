package org.casereviews.cdop.imports;

/** Where an import of a file has got to. */
public enum ImportState {
  RUNNING("Running"),
  COMPLETED("Completed"),
  FAILED("Failed");

  private final String label;

  ImportState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
