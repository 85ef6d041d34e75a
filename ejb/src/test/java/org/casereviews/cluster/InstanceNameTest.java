package org.casereviews.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The name each instance signs its claims with. */
class InstanceNameTest {

  @Test
  void payarasInstanceNameAndTheHostTellTwoDomainsCalledServerApart() {
    assertEquals("instance1@app01", InstanceName.of("instance1", "app01"));
    assertEquals("server@app02", InstanceName.of(" server ", "app02"));
  }

  @Test
  void eitherAloneWhenTheOtherIsMissing() {
    assertEquals("instance1", InstanceName.of("instance1", null));
    assertEquals("app01", InstanceName.of("", "app01"));
  }

  @Test
  void withNeitherTheProcessIsNamed() {
    String name = InstanceName.of(null, " ");

    assertTrue(name.startsWith("process "), name);
    assertFalse(name.isBlank());
  }

  @Test
  void aNameFitsItsColumn() {
    assertEquals(
        InstanceName.MAX_LENGTH, InstanceName.of("i".repeat(150), "h".repeat(150)).length());
  }

  @Test
  void thisInstanceHasAName() {
    assertFalse(InstanceName.current().isBlank());
  }
}
