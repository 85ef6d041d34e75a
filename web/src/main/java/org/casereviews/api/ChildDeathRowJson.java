package org.casereviews.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import org.casereviews.cdop.ChildDeathRow;

/**
 * A child death in a list: the analysis facts as codes, and who the child was masked (the family
 * name's initial, the NHS number's last four digits). GET /child-deaths/{id} gives the rest.
 */
@JsonbNillable
public record ChildDeathRowJson(
    long id,
    LocalDate dateOfDeath,
    String ageBand,
    int ageYears,
    String sex,
    String status,
    Integer category,
    String expected,
    String modifiable,
    boolean jointAgencyResponse,
    String familyName,
    String nhsNumber) {

  static ChildDeathRowJson of(ChildDeathRow row) {
    return new ChildDeathRowJson(
        row.id(),
        row.dateOfDeath(),
        row.ageBand().name(),
        row.ageYears(),
        row.sex(),
        Enums.name(row.status()),
        row.category() == null ? null : row.category().getNumber(),
        Enums.name(row.expected()),
        Enums.name(row.modifiable()),
        row.jointAgencyResponse(),
        row.maskedFamilyName(),
        row.maskedNhsNumber());
  }
}
