package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Who the child of a {@link ChildDeath} was: the direct identifiers, kept apart from the analysis
 * data so that lists, statistics and exports can be made without them.
 */
@Entity
@Table(name = "child_death_identity")
public class ChildDeathIdentity {

  @Id
  @Column(name = "child_death_id")
  private Long childDeathId;

  @Column(name = "nhs_number", length = 10)
  private String nhsNumber;

  @Column(name = "family_name", length = 100)
  private String familyName;

  @Column(name = "given_names", length = 100)
  private String givenNames;

  @Column(length = 500)
  private String address;

  @Column(length = 8)
  private String postcode;

  protected ChildDeathIdentity() {}

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

  public String getAddress() {
    return address;
  }

  public String getPostcode() {
    return postcode;
  }
}
