package org.casereviews.api;

import java.util.Arrays;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;

/**
 * One child as the API carries it: age, {@code sex} F, M, I or U, {@code ethnicity} an NHS ethnic
 * category code (A to S, Z), and three yes/no flags. No names.
 */
public record ChildJson(
    Integer ageYears,
    Integer ageMonths,
    String sex,
    String ethnicity,
    boolean disability,
    boolean lookedAfter,
    boolean childProtectionPlan) {

  static ChildJson of(ChildDetails child) {
    return new ChildJson(
        child.getAgeYears(),
        child.getAgeMonths(),
        child.getSex() == null ? null : child.getSex().getCode(),
        child.getEthnicity() == null ? null : child.getEthnicity().getCode(),
        child.isDisability(),
        child.isLookedAfter(),
        child.isChildProtectionPlan());
  }

  ChildDetails toDetails(int number) {
    return new ChildDetails(
        ageYears,
        ageMonths,
        sex(number),
        ethnicity(number),
        disability,
        lookedAfter,
        childProtectionPlan);
  }

  private Sex sex(int number) {
    if (sex == null || sex.isBlank()) {
      return null;
    }
    return Arrays.stream(Sex.values())
        .filter(
            s -> s.getCode().equalsIgnoreCase(sex.trim()) || s.name().equalsIgnoreCase(sex.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessException(
                    "children",
                    "Child "
                        + number
                        + ": the sex must be F, M, I (indeterminate) or U (not known)."));
  }

  private Ethnicity ethnicity(int number) {
    if (ethnicity == null || ethnicity.isBlank()) {
      return null;
    }
    return Ethnicity.ofCode(ethnicity)
        .orElseThrow(
            () ->
                new BusinessException(
                    "children",
                    "Child "
                        + number
                        + ": the ethnicity must be an NHS ethnic category code, A to S or Z."));
  }
}
