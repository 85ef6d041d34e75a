package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void elevenCharactersAreTooFewAndTheMessageSaysHowMany() {
    BusinessException refused =
        assertThrows(BusinessException.class, () -> PasswordPolicy.check("jsmith", "abcdefghijk"));

    assertEquals("password", refused.getField());
    assertTrue(
        refused.getMessage().contains("at least 12 characters (it has 11)"), refused.getMessage());
  }

  @Test
  void twelveCharactersAreEnough() {
    assertDoesNotThrow(() -> PasswordPolicy.check("jsmith", "abcdefghijkl"));
  }

  @Test
  void theUserNameMayNotBeInThePassword() {
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> PasswordPolicy.check("jsmith", "My-JSmith-password"));

    assertTrue(refused.getMessage().contains("user name"));
  }

  @Test
  void emptyBlankAndHugePasswordsAreRefused() {
    assertThrows(BusinessException.class, () -> PasswordPolicy.check("a", null));
    assertThrows(BusinessException.class, () -> PasswordPolicy.check("a", "              "));
    assertThrows(BusinessException.class, () -> PasswordPolicy.check("a", "x".repeat(201)));
  }
}
