package org.casereviews.security;

import java.util.Locale;
import org.casereviews.shared.BusinessException;

/** The rules a new password must meet, each refusal saying why. */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 200;

  private PasswordPolicy() {}

  /**
   * @throws BusinessException naming the field {@code password} when the password is too weak
   */
  public static void check(String username, String password) {
    if (password == null || password.isEmpty()) {
      throw new BusinessException("password", "Enter a password.");
    }
    if (password.length() < MINIMUM_LENGTH) {
      throw new BusinessException(
          "password",
          "The password is too short: it must have at least "
              + MINIMUM_LENGTH
              + " characters (it has "
              + password.length()
              + ").");
    }
    if (password.length() > MAXIMUM_LENGTH) {
      throw new BusinessException(
          "password", "The password can have at most " + MAXIMUM_LENGTH + " characters.");
    }
    if (password.isBlank()) {
      throw new BusinessException("password", "The password cannot be only spaces.");
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new BusinessException("password", "The password must not contain the user name.");
    }
  }
}
