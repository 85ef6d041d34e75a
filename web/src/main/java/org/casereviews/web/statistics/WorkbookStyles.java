package org.casereviews.web.statistics;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once per workbook (Excel caps a file's styles). */
record WorkbookStyles(
    CellStyle title,
    CellStyle heading,
    CellStyle paragraph,
    CellStyle header,
    CellStyle whole,
    CellStyle decimal,
    CellStyle note,
    CellStyle link) {

  static WorkbookStyles of(Workbook workbook) {
    CellStyle paragraph = workbook.createCellStyle();
    paragraph.setWrapText(true);
    paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle header = styled(workbook, font(workbook, 11, true, false, false));
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    return new WorkbookStyles(
        styled(workbook, font(workbook, 16, true, false, false)),
        styled(workbook, font(workbook, 13, true, false, false)),
        paragraph,
        header,
        numeric(workbook, CellText.WHOLE),
        numeric(workbook, CellText.DECIMAL),
        styled(workbook, font(workbook, 9, false, true, false)),
        styled(workbook, font(workbook, 11, false, false, true)));
  }

  private static CellStyle numeric(Workbook workbook, String pattern) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    return style;
  }

  private static CellStyle styled(Workbook workbook, Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static Font font(
      Workbook workbook, int points, boolean bold, boolean italic, boolean underlined) {
    Font font = workbook.createFont();
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    if (underlined) {
      font.setUnderline(Font.U_SINGLE);
      font.setColor(IndexedColors.BLUE.getIndex());
    }
    return font;
  }
}
