package org.casereviews.web.statistics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a table's cell reads: whole numbers with thousands separators, decimals with one or two
 * places, text as it is. The workbook gives its numeric cells the same patterns, so both files show
 * the same figures.
 */
final class CellText {

  static final String WHOLE = "#,##0";
  static final String DECIMAL = "#,##0.0#";

  private CellText() {}

  static boolean isNumber(Object cell) {
    return cell instanceof Number;
  }

  static boolean isWhole(Object cell) {
    return cell instanceof Long || cell instanceof Integer;
  }

  static String of(Object cell) {
    if (cell == null) {
      return "";
    }
    if (isNumber(cell)) {
      String pattern = isWhole(cell) ? WHOLE : DECIMAL;
      return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(cell);
    }
    return cell.toString();
  }
}
