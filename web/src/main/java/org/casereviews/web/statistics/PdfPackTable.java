package org.casereviews.web.statistics;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link PackTable} as PDF elements: its title, the table with a shaded header row that is
 * repeated on every page the table runs onto, columns of figures on the right (their "<5" too), and
 * the notes in small print.
 */
final class PdfPackTable {

  private static final Color HEADER = new Color(0xDD, 0xE4, 0xEE);
  private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

  private PdfPackTable() {}

  static List<Element> of(PackTable table, PdfFonts fonts) {
    List<Element> elements = new ArrayList<>();
    if (table.title() != null && !table.title().isBlank()) {
      Paragraph title = new Paragraph(table.title(), fonts.bold());
      title.setSpacingBefore(8);
      title.setKeepTogether(true);
      elements.add(title);
    }
    elements.add(grid(table, fonts));
    for (String note : table.notes()) {
      Paragraph small = new Paragraph(note, fonts.small());
      small.setSpacingBefore(1);
      elements.add(small);
    }
    return elements;
  }

  private static PdfPTable grid(PackTable table, PdfFonts fonts) {
    PdfPTable grid = new PdfPTable(Math.max(1, table.columns().size()));
    grid.setWidthPercentage(100);
    grid.setHeaderRows(1);
    grid.setSpacingBefore(5);
    grid.setSpacingAfter(4);
    List<List<Object>> rows = table.rows();
    boolean[] numeric = new boolean[table.columns().size()];
    for (int c = 0; c < numeric.length; c++) {
      numeric[c] = numeric(rows, c);
      grid.addCell(header(table.columns().get(c), numeric[c], fonts.bold()));
    }
    Font cellFont = fonts.cell();
    for (List<Object> row : rows) {
      for (int c = 0; c < numeric.length; c++) {
        grid.addCell(cell(CellText.of(row.get(c)), numeric[c], cellFont));
      }
    }
    return grid;
  }

  private static PdfPCell header(String text, boolean numeric, Font font) {
    PdfPCell cell = cell(text, numeric, font);
    cell.setBackgroundColor(HEADER);
    return cell;
  }

  private static PdfPCell cell(String text, boolean numeric, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPaddingTop(2.5f);
    cell.setPaddingBottom(4.5f);
    cell.setPaddingLeft(4);
    cell.setPaddingRight(4);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    return cell;
  }

  /** A column whose cells are mostly numbers (a "<5" among counts is still a count column). */
  private static boolean numeric(List<List<Object>> rows, int column) {
    long numbers = rows.stream().filter(row -> CellText.isNumber(row.get(column))).count();
    return numbers > 0 && numbers * 2 >= rows.size();
  }
}
