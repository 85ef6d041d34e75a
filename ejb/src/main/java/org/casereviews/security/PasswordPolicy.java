package org.casereviews.security;

import java.security.SecureRandom;
import java.util.Locale;
import org.casereviews.shared.BusinessException;

/** The rules a new password must meet, each refusal saying why. */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 200;

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** A random password of 24 characters that meets the policy, for a new or rotated account. */
  public static String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

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
