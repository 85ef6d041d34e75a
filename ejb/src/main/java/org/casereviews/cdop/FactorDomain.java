package org.casereviews.cdop;

/** The four domains in which the panel looks for factors that contributed to a death. */
public enum FactorDomain {
  INTRINSIC("Factors intrinsic to the child"),
  SOCIAL_ENVIRONMENT("Social environment, including family and parenting capacity"),
  PHYSICAL_ENVIRONMENT("Physical environment"),
  SERVICE_PROVISION("Service provision");

  private final String label;

  FactorDomain(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
