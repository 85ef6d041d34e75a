package org.casereviews.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInDestinationTest {

  @Test
  void returnsToThePageAskedFor() {
    assertEquals(
        "/casereviews/admin/users/edit.xhtml?id=5",
        SignInDestination.choose("/casereviews", "/casereviews/admin/users/edit.xhtml?id=5"));
  }

  @Test
  void nothingAskedForMeansTheDashboard() {
    assertEquals("/casereviews/admin/", SignInDestination.choose("/casereviews", null));
  }

  @Test
  void neverSendsAnyoneToAnotherSite() {
    assertEquals(
        "/casereviews/admin/", SignInDestination.choose("/casereviews", "https://evil.example/"));
    assertEquals(
        "/casereviews/admin/",
        SignInDestination.choose("/casereviews", "//evil.example/casereviews/"));
    assertEquals(
        "/casereviews/admin/",
        SignInDestination.choose("/casereviews", "/casereviews\\\\@evil.example"));
    assertEquals(
        "/casereviews/admin/", SignInDestination.choose("/casereviews", "/other-app/admin/"));
  }
}
