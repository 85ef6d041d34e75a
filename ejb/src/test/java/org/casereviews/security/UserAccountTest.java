package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void aRotatedOutPasswordWorksUntilItsTimeAndNotAfter() {
    UserAccount system = new UserAccount(AccountKind.SYSTEM, "sys", "A system", "hash-1", NOW);

    system.rotatePassword("hash-2", NOW, NOW.plus(Duration.ofHours(24)));

    assertEquals(Optional.of("hash-1"), system.previousPasswordHashAt(NOW.plusSeconds(60)));
    assertEquals(Optional.empty(), system.previousPasswordHashAt(NOW.plus(Duration.ofHours(24))));
    assertEquals(NOW.plus(Duration.ofHours(24)), system.getPreviousPasswordUntil());
  }

  @Test
  void aPasswordSetByAnAdministratorEndsThePreviousOneAtOnce() {
    UserAccount system = new UserAccount(AccountKind.SYSTEM, "sys", "A system", "hash-1", NOW);
    system.rotatePassword("hash-2", NOW, NOW.plus(Duration.ofHours(24)));

    system.changePassword("hash-3", NOW.plusSeconds(5));

    assertEquals(Optional.empty(), system.previousPasswordHashAt(NOW.plusSeconds(10)));
  }
}
