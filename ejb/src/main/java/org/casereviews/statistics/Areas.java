package org.casereviews.statistics;

import java.util.regex.Pattern;
import org.casereviews.shared.BusinessException;

/** Areas by their ONS (GSS) codes: a letter and eight digits, such as E08000025. */
final class Areas {

  /** England's code in the ONS's geography. */
  static final String ENGLAND = "E92000001";

  private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{8}");

  private Areas() {}

  /** The code in capitals; refused about {@code field} when it is not an ONS area code. */
  static String code(String field, String typed) {
    String code = typed.trim().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw new BusinessException(
          field,
          "'"
              + typed.trim()
              + "' is not an ONS area code: a letter and eight digits, such as E08000025 (England"
              + " is "
              + ENGLAND
              + ").");
    }
    return code;
  }
}
