package org.casereviews.cdop.imports;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;

/**
 * A child-death import file of as many good rows as asked, made as it is read, so that a test of a
 * large file never holds the file.
 */
final class GeneratedFile extends InputStream {

  private final int rows;
  private int written = -1;
  private byte[] line = new byte[0];
  private int position;

  GeneratedFile(int rows) {
    this.rows = rows;
  }

  @Override
  public int read() {
    if (position == line.length && !nextLine()) {
      return -1;
    }
    return line[position++] & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position == line.length && !nextLine()) {
      return -1;
    }
    int copied = Math.min(length, line.length - position);
    System.arraycopy(line, position, into, offset, copied);
    position += copied;
    return copied;
  }

  private boolean nextLine() {
    if (written == rows) {
      return false;
    }
    String text =
        written < 0
            ? "source_system,source_ref,nhs_number,sex,date_of_birth,date_of_death,postcode\r\n"
            : "REGISTRAR,R-" + written + ",943 476 5919,F,2015-06-01,2026-10-03,b2 2dr\r\n";
    written++;
    line = text.getBytes(UTF_8);
    position = 0;
    return true;
  }
}
