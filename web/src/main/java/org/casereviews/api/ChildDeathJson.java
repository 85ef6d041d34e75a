package org.casereviews.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathIdentity;
import org.casereviews.cdop.DeathNotification;

/** A child death record as the API shows it to the CDOP: codes for every coded value. */
@JsonbNillable
public record ChildDeathJson(
    long id,
    String status,
    String sex,
    LocalDate dateOfBirth,
    LocalDate dateOfDeath,
    int ageDays,
    int ageYears,
    String placeOfDeath,
    String ethnicity,
    String expected,
    Boolean lookedAfter,
    boolean jointAgencyResponse,
    Long caseReviewId,
    Identity identity,
    List<NotificationJson> notifications) {

  /** Who the child was. */
  @JsonbNillable
  public record Identity(
      String nhsNumber, String familyName, String givenNames, String address, String postcode) {}

  static ChildDeathJson of(
      ChildDeath record, ChildDeathIdentity identity, List<DeathNotification> notifications) {
    return new ChildDeathJson(
        record.getId(),
        record.getStatus().name(),
        Enums.name(record.getSex()),
        record.getDateOfBirth(),
        record.getDateOfDeath(),
        record.getAgeDays(),
        record.getAgeAtDeath().getYears(),
        Enums.name(record.getPlaceOfDeath()),
        Enums.name(record.getEthnicity()),
        Enums.name(record.getExpected()),
        record.getLookedAfter(),
        record.isJointAgencyResponse(),
        record.getCaseReviewId(),
        new Identity(
            identity.getNhsNumber(),
            identity.getFamilyName(),
            identity.getGivenNames(),
            identity.getAddress(),
            identity.getPostcode()),
        notifications.stream().map(n -> NotificationJson.of(n, List.of())).toList());
  }
}
