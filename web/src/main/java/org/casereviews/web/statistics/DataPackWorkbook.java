package org.casereviews.web.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the data pack as an XLSX workbook: a first sheet "Contents" with the title, the subtitle
 * and each section's heading and paragraphs, then a sheet for each section with figures. A
 * section's sheet holds its table or, when it has none, its chart's figures.
 */
public final class DataPackWorkbook {

  static final String CONTENTS = "Contents";

  private static final int CONTENTS_WIDTH = 100;
  private static final float LINE_HEIGHT = 15;

  private DataPackWorkbook() {}

  /** Writes the workbook to {@code out}, which is left open. */
  public static void write(PackContent content, OutputStream out) {
    Objects.requireNonNull(content, "there is no content to write");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = WorkbookStyles.of(workbook);
      Sheet contents = workbook.createSheet(CONTENTS);
      contents.setColumnWidth(0, CONTENTS_WIDTH * 256);
      int next = titles(contents, content, styles);
      SheetNames names = new SheetNames(CONTENTS);
      for (PackSection section : content.sections()) {
        PackTable figures = figures(section);
        String sheet = figures == null ? null : names.forHeading(section.heading());
        next = contentsEntry(contents, next, section, sheet, styles);
        if (figures != null) {
          SheetTable.write(workbook.createSheet(sheet), figures, styles);
        }
      }
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("The data pack's workbook could not be written", e);
    }
  }

  private static PackTable figures(PackSection section) {
    if (section.table() != null) {
      return section.table();
    }
    return section.chart() == null ? null : ChartData.of(section.chart());
  }

  private static int titles(Sheet contents, PackContent content, WorkbookStyles styles) {
    int next = 0;
    line(contents, next++, content.title()).setCellStyle(styles.title());
    if (content.subtitle() != null && !content.subtitle().isBlank()) {
      line(contents, next++, content.subtitle());
    }
    return next + 1;
  }

  private static int contentsEntry(
      Sheet contents, int next, PackSection section, String sheet, WorkbookStyles styles) {
    line(contents, next++, section.heading()).setCellStyle(styles.heading());
    for (String paragraph : section.paragraphs()) {
      Cell cell = line(contents, next++, paragraph);
      cell.setCellStyle(styles.paragraph());
      int lines = Math.max(1, (paragraph.length() + CONTENTS_WIDTH - 1) / CONTENTS_WIDTH);
      cell.getRow().setHeightInPoints(lines * LINE_HEIGHT);
    }
    if (sheet != null) {
      Cell link = line(contents, next++, "Figures: sheet \"" + sheet + "\"");
      Hyperlink target =
          contents.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      target.setAddress("'" + sheet.replace("'", "''") + "'!A1");
      link.setHyperlink(target);
      link.setCellStyle(styles.link());
    }
    return next + 1;
  }

  private static Cell line(Sheet sheet, int rowIndex, String text) {
    Row row = sheet.createRow(rowIndex);
    Cell cell = row.createCell(0);
    cell.setCellValue(text);
    return cell;
  }
}
