package org.casereviews.cdop;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/**
 * One child death as a list shows it: the analysis facts, and who the child was only masked (see
 * {@link IdentityMask}).
 */
public record ChildDeathRow(
    long id,
    LocalDate dateOfBirth,
    LocalDate dateOfDeath,
    int ageDays,
    String sex,
    CdopStatus status,
    DeathCategory category,
    DeathExpectation expected,
    Modifiable modifiable,
    boolean jointAgencyResponse,
    String maskedFamilyName,
    String maskedNhsNumber)
    implements Serializable {

  public AgeBand ageBand() {
    return AgeBand.of(dateOfBirth, dateOfDeath);
  }

  /** Whole years at death. */
  public int ageYears() {
    return Period.between(dateOfBirth, dateOfDeath).getYears();
  }
}
