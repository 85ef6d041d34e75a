package org.casereviews.it;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Files for upload tests, the same bytes on both sides of a test (the client and the server) for
 * the same seed, so that a download can be compared byte for byte.
 */
public final class TestFiles {

  private TestFiles() {}

  /** A file that is a PDF by its content ({@code %PDF-} first), {@code size} bytes long. */
  public static byte[] pdf(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }
}
