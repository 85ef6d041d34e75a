package org.casereviews.cdop.imports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.casereviews.cdop.DeathExpectation;
import org.casereviews.cdop.PlaceOfDeath;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.Sex;

/**
 * One notification of a child's death that has met every rule of {@link NotificationRules}, its
 * values typed and normalised: the source system in capitals, the NHS number as ten digits without
 * spaces, the postcode as Royal Mail writes it. A value the sender left empty is null.
 *
 * @param line the line of the file the row starts on (the column names are line 1)
 * @param lookedAfter whether the child was looked after by the local authority; null when not said
 */
public record NotificationRow(
    long line,
    String sourceSystem,
    String sourceRef,
    String nhsNumber,
    String familyName,
    String givenNames,
    Sex sex,
    LocalDate dateOfBirth,
    LocalDate dateOfDeath,
    PlaceOfDeath placeOfDeath,
    String postcode,
    Ethnicity ethnicity,
    DeathExpectation expected,
    Boolean lookedAfter,
    LocalDate notifiedOn)
    implements Serializable {

  public NotificationRow {
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(sourceRef, "sourceRef");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(dateOfDeath, "dateOfDeath");
  }

  /** The child's age in whole years on the day they died, as the national data sets count it. */
  public int ageAtDeathYears() {
    return (int) ChronoUnit.YEARS.between(dateOfBirth, dateOfDeath);
  }

  /** The days the child lived, 0 for a death on the day of birth: neonatal deaths count in days. */
  public long ageAtDeathDays() {
    return ChronoUnit.DAYS.between(dateOfBirth, dateOfDeath);
  }
}
