package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.InstantConverter;
import org.casereviews.shared.Sex;

/**
 * A notification of a child's death from one source system (registrar, hospital, police ...), as
 * that system last sent it: a notification sent again with the same source system and reference
 * updates this one. It belongs to the {@link ChildDeath} it reports, or to none while a possible
 * match waits for a person to confirm it. Written by the import, set-based; read here.
 */
@Entity
@Table(name = "death_notification")
public class DeathNotification {

  @Id private Long id;

  @Column(name = "source_system", nullable = false, length = 20)
  private String sourceSystem;

  @Column(name = "source_ref", nullable = false, length = 60)
  private String sourceRef;

  @Column(name = "child_death_id")
  private Long childDeathId;

  @Column(name = "nhs_number", length = 10)
  private String nhsNumber;

  @Column(name = "family_name", length = 100)
  private String familyName;

  @Column(name = "given_names", length = 100)
  private String givenNames;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 13)
  private Sex sex;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "date_of_death", nullable = false)
  private LocalDate dateOfDeath;

  @Enumerated(EnumType.STRING)
  @Column(name = "place_of_death", length = 20)
  private PlaceOfDeath placeOfDeath;

  @Column(length = 8)
  private String postcode;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Ethnicity ethnicity;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private DeathExpectation expected;

  @Column(name = "looked_after")
  private Boolean lookedAfter;

  @Column(name = "notified_on")
  private LocalDate notifiedOn;

  @Column(name = "import_id", nullable = false)
  private long importId;

  @Column(name = "import_line", nullable = false)
  private long importLine;

  @Column(name = "received_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant receivedAt;

  @Column(name = "updated_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant updatedAt;

  protected DeathNotification() {}

  public Long getId() {
    return id;
  }

  public String getSourceSystem() {
    return sourceSystem;
  }

  public String getSourceRef() {
    return sourceRef;
  }

  public Long getChildDeathId() {
    return childDeathId;
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenNames() {
    return givenNames;
  }

  public Sex getSex() {
    return sex;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  public PlaceOfDeath getPlaceOfDeath() {
    return placeOfDeath;
  }

  public String getPostcode() {
    return postcode;
  }

  public Ethnicity getEthnicity() {
    return ethnicity;
  }

  public DeathExpectation getExpected() {
    return expected;
  }

  public Boolean getLookedAfter() {
    return lookedAfter;
  }

  public LocalDate getNotifiedOn() {
    return notifiedOn;
  }

  /** The import that last wrote this notification (its batch run's number) and the file's line. */
  public long getImportId() {
    return importId;
  }

  public long getImportLine() {
    return importLine;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
