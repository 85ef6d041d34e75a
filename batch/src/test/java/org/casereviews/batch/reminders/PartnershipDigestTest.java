package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnershipDigestTest {

  private static final List<String> ADMINISTRATORS = List.of("admin@council.example");

  @Test
  void theDigestGoesToTheConfiguredAddresses() {
    assertEquals(
        List.of("scp@council.example", "chair@council.example"),
        PartnershipDigest.recipients(
            Optional.of(" scp@council.example, chair@council.example ,"), ADMINISTRATORS));
  }

  @Test
  void withNoneConfiguredItGoesToTheAdministrators() {
    assertEquals(ADMINISTRATORS, PartnershipDigest.recipients(Optional.empty(), ADMINISTRATORS));
    assertEquals(ADMINISTRATORS, PartnershipDigest.recipients(Optional.of(" , "), ADMINISTRATORS));
  }
}
