package org.casereviews.publication;

import java.nio.charset.StandardCharsets;

/** The content of a test's full report: a PDF of exactly the size asked for, made from its name. */
public final class ArchivedReports {

  private ArchivedReports() {}

  public static byte[] report(String name, int size) {
    byte[] head = ("%PDF-1.4\n% Full report of " + name + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[Math.max(size, head.length + tail.length)];
    System.arraycopy(head, 0, bytes, 0, head.length);
    int seed = name.hashCode();
    for (int i = head.length; i < bytes.length - tail.length; i++) {
      seed = seed * 1103515245 + 12345;
      bytes[i] = (byte) (32 + ((seed >>> 16) % 90 + 90) % 90);
    }
    System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
    return bytes;
  }
}
