package org.casereviews.security;

import java.util.Set;

/**
 * The result of a sign-in attempt. A refusal carries its reason for the log and the audit trail
 * only: the person signing in is always told the same thing, so the answer does not reveal which
 * user names exist or which accounts are locked.
 */
public record AuthenticationOutcome(String username, Set<String> roles, Refusal refusal) {

  /** Why a sign-in was refused. */
  public enum Refusal {
    UNKNOWN_USER,
    WRONG_PASSWORD,
    DISABLED,
    LOCKED,
    /** The council's directory knows the person, but none of their groups gives a usable role. */
    NOT_MAPPED,
    /** The council's directory could not be asked (down, too slow, or refused the application). */
    DIRECTORY_UNAVAILABLE
  }

  static AuthenticationOutcome accepted(String username, Set<String> roles) {
    return new AuthenticationOutcome(username, Set.copyOf(roles), null);
  }

  static AuthenticationOutcome refused(String username, Refusal refusal) {
    return new AuthenticationOutcome(username, Set.of(), refusal);
  }

  public boolean isAccepted() {
    return refusal == null;
  }
}
