package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityEventLogTest {

  @Test
  void lineIsKeyValueWithQuotedValues() {
    assertEquals(
        "security-event event=LOGIN_FAILED user=\"jsmith\" origin=\"10.0.0.7\" reason=\"WRONG_PASSWORD\"",
        SecurityEventLog.line("LOGIN_FAILED", "jsmith", "10.0.0.7", "WRONG_PASSWORD"));
  }

  @Test
  void typedInputCannotForgeAnotherLineOrField() {
    String line =
        SecurityEventLog.line("LOGIN_FAILED", "x\" event=LOGIN_SUCCEEDED\nuser=\"admin", null, "");

    assertEquals(
        "security-event event=LOGIN_FAILED user=\"x_ event=LOGIN_SUCCEEDED_user=_admin\" origin=\"\" reason=\"\"",
        line);
  }
}
