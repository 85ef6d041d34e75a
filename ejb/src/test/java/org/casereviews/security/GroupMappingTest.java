package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupMappingTest {

  private final GroupMapping mapping =
      new GroupMapping(
          "SCP Business Unit=partnership-admin; SCP Reviewers=review-officer,viewer;"
              + " SCP Police Liaison=agency-liaison; SCP Health Liaison=agency-liaison",
          "SCP Police Liaison=police; SCP Health Liaison=HEALTH");

  @Test
  void aGroupGivesItsRolesWhateverTheCaseOfItsName() {
    GroupMapping.Grant grant = mapping.grant(Set.of("scp reviewers", "Everyone"));

    assertEquals(Set.of("review-officer", "viewer"), grant.roles());
    assertNull(grant.agencyCode());
    assertNull(grant.refusal());
  }

  @Test
  void aLiaisonOfficerTakesTheAgencyOfTheirGroupInUpperCase() {
    GroupMapping.Grant grant = mapping.grant(Set.of("SCP Police Liaison"));

    assertEquals(Set.of("agency-liaison"), grant.roles());
    assertEquals("POLICE", grant.agencyCode());
  }

  @Test
  void somebodyInNoMappedGroupIsRefused() {
    GroupMapping.Grant grant = mapping.grant(Set.of("Finance", "Everyone"));

    assertTrue(grant.isRefused());
    assertEquals("in no directory group mapped to a role", grant.refusal());
    assertEquals(Set.of(), grant.roles());
  }

  @Test
  void aLiaisonOfficerOfTwoAgenciesIsRefusedRatherThanGivenEither() {
    GroupMapping.Grant grant = mapping.grant(Set.of("SCP Police Liaison", "SCP Health Liaison"));

    assertEquals("in the groups of several agencies (HEALTH, POLICE)", grant.refusal());
  }

  @Test
  void aLiaisonOfficerInNoAgencysGroupIsRefused() {
    GroupMapping liaisonOnly = new GroupMapping("Liaison=agency-liaison", "");

    assertEquals(
        "an agency liaison officer in no agency's group",
        liaisonOnly.grant(Set.of("Liaison")).refusal());
  }

  @Test
  void pairsThatAreNotUnderstoodAreReportedAndLeftOut() {
    GroupMapping wrong = new GroupMapping("Admins=administrator;Reviewers;=viewer", "Police");

    assertEquals(
        List.of(
            "casereviews.ldap.roles: \"Reviewers\" is not of the form group name=value.",
            "casereviews.ldap.roles: \"=viewer\" is not of the form group name=value.",
            "casereviews.ldap.roles: \"administrator\" is not a role (one of partnership-admin,"
                + " review-officer, cdop-officer, agency-liaison, viewer).",
            "casereviews.ldap.agencies: \"Police\" is not of the form group name=value."),
        wrong.problems());
    assertTrue(wrong.isEmpty());
  }

  @Test
  void aGroupNameMayHoldAnEqualsSign() {
    GroupMapping mapping = new GroupMapping("CN=SCP Admins=partnership-admin", null);

    assertEquals(Set.of("partnership-admin"), mapping.grant(Set.of("cn=scp admins")).roles());
  }
}
