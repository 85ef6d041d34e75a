package org.casereviews.cdop.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the first bytes of a file show it is, when it is plainly not text: people send the workbook
 * or the PDF of a report instead of the CSV saved from it, and deserve to be told so in those words
 * rather than with a list of missing columns.
 */
final class BinaryContent {

  /** How many bytes of the file are looked at. */
  static final int HEAD = 8192;

  private record Signature(byte[] start, String looksLike) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          signature("%PDF", "a PDF document"),
          signature("PK\u0003\u0004", "an Excel workbook (.xlsx) or another zip archive"),
          signature("\u0089PNG", "a PNG picture"),
          signature("\u00FF\u00D8\u00FF", "a JPEG picture"),
          signature("GIF8", "a GIF picture"),
          signature("\u00D0\u00CF\u0011\u00E0", "an old Excel workbook (.xls) or Word document"),
          signature("\u00FF\u00FE", "Unicode text (UTF-16), as Excel saves 'Unicode Text'"),
          signature("\u00FE\u00FF", "Unicode text (UTF-16)"));

  private BinaryContent() {}

  /**
   * What the file looks like, such as "a PDF document", when its first {@code length} bytes show it
   * is not text; empty when they may be text.
   */
  static Optional<String> recognise(byte[] head, int length) {
    for (Signature signature : SIGNATURES) {
      byte[] start = signature.start();
      if (length >= start.length && Arrays.equals(head, 0, start.length, start, 0, start.length)) {
        return Optional.of(signature.looksLike());
      }
    }
    for (int i = 0; i < length; i++) {
      // no text has a NUL byte, while most binary formats are full of them
      if (head[i] == 0) {
        return Optional.of("binary data, not text");
      }
    }
    return Optional.empty();
  }

  /** The bytes of {@code start}, each character standing for the byte of the same value. */
  private static Signature signature(String start, String looksLike) {
    return new Signature(start.getBytes(StandardCharsets.ISO_8859_1), looksLike);
  }
}
