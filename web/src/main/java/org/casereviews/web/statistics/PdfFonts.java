package org.casereviews.web.statistics;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;

/** The sizes and weights of the PDF's text, all in the pack's one typeface. */
record PdfFonts(Font title, Font subtitle, Font heading, Font body, Font bold, Font small) {

  static PdfFonts create() {
    BaseFont face = PackFont.pdf();
    Color grey = new Color(0x44, 0x44, 0x44);
    return new PdfFonts(
        new Font(face, 22, Font.BOLD),
        new Font(face, 13, Font.NORMAL, grey),
        new Font(face, 14, Font.BOLD),
        new Font(face, 10.5f, Font.NORMAL),
        new Font(face, 9.5f, Font.BOLD),
        new Font(face, 8, Font.NORMAL, grey));
  }

  /** The text of the tables' cells: a little smaller than the paragraphs. */
  Font cell() {
    return new Font(body.getBaseFont(), 9.5f, Font.NORMAL);
  }
}
