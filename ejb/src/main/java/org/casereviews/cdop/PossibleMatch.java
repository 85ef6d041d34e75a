package org.casereviews.cdop;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A possible match as the officer deciding it sees it: the notification and the record it may be
 * of, their facts side by side, identity included, and why the import could not decide.
 */
public record PossibleMatch(
    long id, String reason, Instant foundAt, Facts notification, Facts record)
    implements Serializable {

  /** One side: the notification as its source sent it, or the record with its identity. */
  public record Facts(
      long id,
      String source,
      String nhsNumber,
      String familyName,
      String givenNames,
      String sex,
      LocalDate dateOfBirth,
      LocalDate dateOfDeath,
      String postcode,
      String placeOfDeath,
      String expected)
      implements Serializable {}

  static PossibleMatch of(
      DeathMatch match,
      DeathNotification n,
      ChildDeath d,
      ChildDeathIdentity i,
      String recordSources) {
    Facts notification =
        new Facts(
            n.getId(),
            n.getSourceSystem() + " " + n.getSourceRef(),
            n.getNhsNumber(),
            n.getFamilyName(),
            n.getGivenNames(),
            label(n.getSex()),
            n.getDateOfBirth(),
            n.getDateOfDeath(),
            n.getPostcode(),
            n.getPlaceOfDeath() == null ? null : n.getPlaceOfDeath().label(),
            n.getExpected() == null ? null : n.getExpected().label());
    Facts record =
        new Facts(
            d.getId(),
            recordSources,
            i == null ? null : i.getNhsNumber(),
            i == null ? null : i.getFamilyName(),
            i == null ? null : i.getGivenNames(),
            label(d.getSex()),
            d.getDateOfBirth(),
            d.getDateOfDeath(),
            i == null ? null : i.getPostcode(),
            d.getPlaceOfDeath() == null ? null : d.getPlaceOfDeath().label(),
            d.getExpected() == null ? null : d.getExpected().label());
    return new PossibleMatch(
        match.getId(), match.getReason(), match.getFoundAt(), notification, record);
  }

  private static String label(org.casereviews.shared.Sex sex) {
    return sex == null ? null : sex.getLabel();
  }
}
