package org.casereviews.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a notification or a review records about one child: no name, only what the national
 * notification form and the partnership's statistics need.
 */
@Embeddable
public class ChildDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "Enter the child's age in years (0 for a baby under one).")
  @Min(value = 0, message = "The child's age cannot be below 0.")
  @Max(value = 17, message = "The child must be under 18: enter an age from 0 to 17.")
  @Column(name = "age_years", nullable = false)
  private Integer ageYears;

  @Min(value = 0, message = "The months of a baby's age must be 0 to 11.")
  @Max(value = 11, message = "The months of a baby's age must be 0 to 11.")
  @Column(name = "age_months")
  private Integer ageMonths;

  @NotNull(message = "Choose the child's sex (or 'Not known').")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Sex sex;

  @Enumerated(EnumType.STRING)
  @Column(length = 2)
  private Ethnicity ethnicity;

  @Column(nullable = false)
  private boolean disability;

  @Column(name = "looked_after", nullable = false)
  private boolean lookedAfter;

  @Column(name = "child_protection_plan", nullable = false)
  private boolean childProtectionPlan;

  public ChildDetails() {}

  public ChildDetails(
      Integer ageYears,
      Integer ageMonths,
      Sex sex,
      Ethnicity ethnicity,
      boolean disability,
      boolean lookedAfter,
      boolean childProtectionPlan) {
    this.ageYears = ageYears;
    this.ageMonths = ageMonths;
    this.sex = sex;
    this.ethnicity = ethnicity;
    this.disability = disability;
    this.lookedAfter = lookedAfter;
    this.childProtectionPlan = childProtectionPlan;
  }

  /** A copy, so that a review's children can change without touching the notification's. */
  public ChildDetails copy() {
    return new ChildDetails(
        ageYears, ageMonths, sex, ethnicity, disability, lookedAfter, childProtectionPlan);
  }

  /** The age as people say it: "4 months", "1 year 2 months", "15 years". */
  public String getAgeText() {
    if (ageYears == null) {
      return "";
    }
    String years = ageYears == 1 ? "1 year" : ageYears + " years";
    if (ageMonths == null || ageMonths == 0) {
      return ageYears == 0 ? "under 1 year" : years;
    }
    String months = ageMonths == 1 ? "1 month" : ageMonths + " months";
    return ageYears == 0 ? months : years + " " + months;
  }

  public Integer getAgeYears() {
    return ageYears;
  }

  public void setAgeYears(Integer ageYears) {
    this.ageYears = ageYears;
  }

  public Integer getAgeMonths() {
    return ageMonths;
  }

  public void setAgeMonths(Integer ageMonths) {
    this.ageMonths = ageMonths;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public Ethnicity getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(Ethnicity ethnicity) {
    this.ethnicity = ethnicity;
  }

  public boolean isDisability() {
    return disability;
  }

  public void setDisability(boolean disability) {
    this.disability = disability;
  }

  public boolean isLookedAfter() {
    return lookedAfter;
  }

  public void setLookedAfter(boolean lookedAfter) {
    this.lookedAfter = lookedAfter;
  }

  public boolean isChildProtectionPlan() {
    return childProtectionPlan;
  }

  public void setChildProtectionPlan(boolean childProtectionPlan) {
    this.childProtectionPlan = childProtectionPlan;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChildDetails that
        && Objects.equals(ageYears, that.ageYears)
        && Objects.equals(ageMonths, that.ageMonths)
        && sex == that.sex
        && ethnicity == that.ethnicity
        && disability == that.disability
        && lookedAfter == that.lookedAfter
        && childProtectionPlan == that.childProtectionPlan;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ageYears, ageMonths, sex, ethnicity);
  }
}
