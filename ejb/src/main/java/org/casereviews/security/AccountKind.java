package org.casereviews.security;

/** Who an account is for, and so where its password and roles come from. */
public enum AccountKind {
  /** A person whose password casereviews keeps. */
  PERSON("Person"),
  /**
   * Another council system calling the API. Its password casereviews keeps; rotating it gives a new
   * one and leaves the previous one working for a while.
   */
  SYSTEM("System account"),
  /**
   * A person of the council's directory (LDAP or Active Directory): the directory checks the
   * password, and its groups give the roles and the agency at each sign-in.
   */
  DIRECTORY("Council directory");

  private final String label;

  AccountKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
