package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() {
    String stored = hasher.hash("correct horse battery");

    assertTrue(hasher.verify("correct horse battery", stored));
    assertFalse(hasher.verify("correct horse battery ", stored));
    assertFalse(hasher.verify("", stored));
  }

  @Test
  void eachHashHasItsOwnSaltAndNamesItsSetting() {
    String first = hasher.hash("same password here");
    String second = hasher.hash("same password here");

    assertNotEquals(first, second);
    assertTrue(first.startsWith("pbkdf2-sha256$1000$"), first);
  }

  @Test
  void weakerHashesStillVerifyAndAskToBeReplaced() {
    String old = new PasswordHasher(500).hash("an older password");

    assertTrue(hasher.verify("an older password", old));
    assertTrue(hasher.needsRehash(old));
    assertFalse(hasher.needsRehash(hasher.hash("a newer password")));
  }

  @Test
  void malformedHashesMatchNothing() {
    assertFalse(hasher.verify("anything", null));
    assertFalse(hasher.verify("anything", "plain text"));
    assertFalse(hasher.verify("anything", "pbkdf2-sha256$many$salt$hash"));
    assertFalse(hasher.verify("anything", "pbkdf2-sha256$1000$%%%$%%%"));
  }

  @Test
  void productionSettingIsStrong() {
    assertTrue(PasswordHasher.ITERATIONS >= 210_000);
    assertTrue(new PasswordHasher().hash("x-password-x").startsWith("pbkdf2-sha256$210000$"));
  }
}
