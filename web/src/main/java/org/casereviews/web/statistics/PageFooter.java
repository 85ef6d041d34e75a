package org.casereviews.web.statistics;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pack's title and "Page n of m" at the foot of each page. The number of pages is known only
 * once the document closes, so each page refers to one template that is filled in then.
 */
final class PageFooter extends PdfPageEventHelper {

  private static final float BASELINE = 28;

  private final String title;
  private final PdfFonts fonts;
  private PdfTemplate total;

  PageFooter(String title, PdfFonts fonts) {
    this.title = title;
    this.fonts = fonts;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(30, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_LEFT, new Phrase(title, fonts.small()), document.left(), BASELINE, 0);
    String page = "Page " + writer.getPageNumber() + " of ";
    float width = fonts.small().getBaseFont().getWidthPoint(page, fonts.small().getSize());
    float start = document.right() - width - 14;
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_LEFT, new Phrase(page, fonts.small()), start, BASELINE, 0);
    canvas.addTemplate(total, start + width, BASELINE);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    ColumnText.showTextAligned(
        total,
        Element.ALIGN_LEFT,
        new Phrase(String.valueOf(writer.getPageNumber() - 1), fonts.small()),
        0,
        0,
        0);
  }
}
