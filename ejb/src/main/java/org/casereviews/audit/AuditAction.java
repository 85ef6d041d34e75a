package org.casereviews.audit;

/** What a person (or the system) did, as recorded in the audit trail. */
public enum AuditAction {
  CREATE("Created"),
  UPDATE("Changed"),
  READ("Viewed"),
  EXPORT("Exported"),
  ENABLE("Enabled"),
  DISABLE("Disabled"),
  PASSWORD_RESET("Password set"),
  UNLOCK("Unlocked"),
  LOGIN("Signed in"),
  LOGIN_FAILED("Sign-in failed"),
  LOGIN_REFUSED("Sign-in refused"),
  ACCOUNT_LOCKED("Account locked"),
  LOGOUT("Signed out"),
  ACCESS_DENIED("Access refused");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /** How the action reads on the screens, such as "Sign-in failed". */
  public String getLabel() {
    return label;
  }
}
