package org.casereviews.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes. A stored hash reads {@code pbkdf2-sha256$iterations$salt$hash}
 * (Base64), so the work factor can be raised later: hashes made with fewer iterations still verify
 * and are replaced at the next successful sign-in.
 */
public final class PasswordHasher {

  static final String PREFIX = "pbkdf2-sha256";
  static final int ITERATIONS = 210_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() {
    this(ITERATIONS);
  }

  PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder base64 = Base64.getEncoder();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(iterations),
        base64.encodeToString(salt),
        base64.encodeToString(key));
  }

  /** Whether the password matches the stored hash; a malformed hash matches nothing. */
  public boolean verify(String password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] salt = base64.decode(parts[2]);
      byte[] expected = base64.decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Whether a stored hash was made with a weaker setting than today's and should be replaced. */
  public boolean needsRehash(String stored) {
    return !stored.startsWith(PREFIX + "$" + iterations + "$");
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
