package org.casereviews.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.DeathNotification;

/**
 * A notification of a child death from one source, as last sent; {@code possibleMatches} are the
 * records it may be of, waiting for a person to decide.
 */
@JsonbNillable
public record NotificationJson(
    long id,
    String sourceSystem,
    String sourceRef,
    Long childDeathId,
    String nhsNumber,
    String familyName,
    String givenNames,
    String sex,
    LocalDate dateOfBirth,
    LocalDate dateOfDeath,
    String placeOfDeath,
    String postcode,
    String ethnicity,
    String expected,
    Boolean lookedAfter,
    LocalDate notifiedOn,
    long importId,
    long importLine,
    Instant receivedAt,
    Instant updatedAt,
    List<Long> possibleMatches) {

  static NotificationJson of(DeathNotification n, List<Long> possibleMatches) {
    return new NotificationJson(
        n.getId(),
        n.getSourceSystem(),
        n.getSourceRef(),
        n.getChildDeathId(),
        n.getNhsNumber(),
        n.getFamilyName(),
        n.getGivenNames(),
        Enums.name(n.getSex()),
        n.getDateOfBirth(),
        n.getDateOfDeath(),
        Enums.name(n.getPlaceOfDeath()),
        n.getPostcode(),
        Enums.name(n.getEthnicity()),
        Enums.name(n.getExpected()),
        n.getLookedAfter(),
        n.getNotifiedOn(),
        n.getImportId(),
        n.getImportLine(),
        n.getReceivedAt(),
        n.getUpdatedAt(),
        possibleMatches);
  }
}
