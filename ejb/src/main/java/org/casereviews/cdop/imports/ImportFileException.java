package org.casereviews.cdop.imports;

import org.casereviews.shared.BusinessException;

/**
 * A child-death import file refused as a whole, for one reason the officer who sent it can act on:
 * it is not CSV text, it is empty, or its first line does not name the required columns. Nothing of
 * such a file is loaded.
 */
public class ImportFileException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /** The field a refusal of the whole file is about. */
  public static final String FIELD = "file";

  public ImportFileException(String reason) {
    super(FIELD, reason);
  }

  /** A refusal caused by a failure to read the file, kept for the server log. */
  public ImportFileException(String reason, Throwable cause) {
    super(FIELD, reason);
    initCause(cause);
  }
}
