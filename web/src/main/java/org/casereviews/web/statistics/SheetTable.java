package org.casereviews.web.statistics;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes a {@link PackTable} on a sheet: its title, a bold header row that stays in view when the
 * reader scrolls, numbers as numeric cells, text as text, the notes under it, and each column about
 * as wide as its longest entry.
 */
final class SheetTable {

  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 50;
  private static final int EXCEL_UNITS_PER_CHARACTER = 256;

  private SheetTable() {}

  static void write(Sheet sheet, PackTable table, WorkbookStyles styles) {
    int next = 0;
    if (table.title() != null && !table.title().isBlank()) {
      text(sheet.createRow(next++), 0, table.title()).setCellStyle(styles.heading());
    }
    Row header = sheet.createRow(next++);
    for (int c = 0; c < table.columns().size(); c++) {
      text(header, c, table.columns().get(c)).setCellStyle(styles.header());
    }
    sheet.createFreezePane(0, next);
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < values.size(); c++) {
        cell(row, c, values.get(c), styles);
      }
    }
    next++;
    for (String note : table.notes()) {
      text(sheet.createRow(next++), 0, note).setCellStyle(styles.note());
    }
    widths(sheet, table);
  }

  private static void cell(Row row, int column, Object value, WorkbookStyles styles) {
    if (value == null) {
      return;
    }
    if (CellText.isNumber(value)) {
      Cell cell = row.createCell(column);
      cell.setCellValue(((Number) value).doubleValue());
      cell.setCellStyle(CellText.isWhole(value) ? styles.whole() : styles.decimal());
    } else {
      text(row, column, value.toString());
    }
  }

  private static Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    return cell;
  }

  /** Measured from the text rather than by POI's autosize, which needs the host's fonts. */
  private static void widths(Sheet sheet, PackTable table) {
    for (int c = 0; c < table.columns().size(); c++) {
      int longest = table.columns().get(c).length();
      for (List<Object> row : table.rows()) {
        longest = Math.max(longest, CellText.of(row.get(c)).length());
      }
      int characters = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
      sheet.setColumnWidth(c, characters * EXCEL_UNITS_PER_CHARACTER);
    }
  }
}
