package org.casereviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCER = ClientAddress.parse(" 10.0.0.5, 10.0.0.6 ");

  @Test
  void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
    assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", BALANCER));
    assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
  }

  @Test
  void behindTheBalancerTheLastAddressItDidNotAddIsTheClients() {
    assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", BALANCER));
    assertEquals(
        "198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.6", BALANCER));
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", BALANCER));
  }
}
