package org.casereviews.web.statistics;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes the data pack as an A4 portrait PDF: the title and subtitle at the top of the first page,
 * then each section's heading, paragraphs, chart (drawn by {@link PackCharts} and embedded as a
 * PNG) and table. The text is in an embedded font, so "≥", "–", "£" and "é" print on any reader.
 */
public final class DataPackPdf {

  /** The charts' layout size, about the width of the page's text, and their pixels per unit. */
  private static final int CHART_WIDTH = 600;

  private static final int CHART_HEIGHT = 340;
  private static final double CHART_SCALE = 3;
  private static final float MARGIN = 50;

  /** Room for a heading and a few lines of text, in points. */
  private static final float KEPT_WITH_HEADING = 120;

  private DataPackPdf() {}

  /** Writes the PDF to {@code out}, which is left open. */
  public static void write(PackContent content, OutputStream out) {
    Objects.requireNonNull(content, "there is no content to write");
    PdfFonts fonts = PdfFonts.create();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setStrictImageSequence(true);
      writer.setPageEvent(new PageFooter(content.title(), fonts));
      document.addTitle(content.title());
      document.open();
      titles(document, content, fonts);
      for (PackSection section : content.sections()) {
        startPageIfShort(document, writer, section);
        section(document, section, fonts);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("The data pack's PDF could not be written", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  private static void titles(Document document, PackContent content, PdfFonts fonts) {
    Paragraph title = new Paragraph(content.title(), fonts.title());
    title.setSpacingAfter(6);
    document.add(title);
    if (content.subtitle() != null && !content.subtitle().isBlank()) {
      document.add(new Paragraph(content.subtitle(), fonts.subtitle()));
    }
  }

  /** A heading at the foot of a page, its chart on the next, would read as a section cut short. */
  private static void startPageIfShort(Document document, PdfWriter writer, PackSection section) {
    float width = document.right() - document.left();
    float needed =
        section.chart() == null
            ? KEPT_WITH_HEADING
            : KEPT_WITH_HEADING + width * CHART_HEIGHT / CHART_WIDTH;
    if (writer.getVerticalPosition(false) - document.bottom() < needed) {
      document.newPage();
    }
  }

  private static void section(Document document, PackSection section, PdfFonts fonts) {
    Paragraph heading = new Paragraph(section.heading(), fonts.heading());
    heading.setSpacingBefore(18);
    heading.setSpacingAfter(4);
    heading.setKeepTogether(true);
    document.add(heading);
    for (String text : section.paragraphs()) {
      Paragraph paragraph = new Paragraph(text, fonts.body());
      paragraph.setSpacingAfter(5);
      paragraph.setLeading(14);
      document.add(paragraph);
    }
    if (section.chart() != null) {
      document.add(chart(section.chart(), document));
    }
    if (section.table() != null) {
      for (Element element : PdfPackTable.of(section.table(), fonts)) {
        document.add(element);
      }
    }
  }

  private static Image chart(PackChart chart, Document document) {
    try {
      Image image =
          Image.getInstance(PackCharts.png(chart, CHART_WIDTH, CHART_HEIGHT, CHART_SCALE));
      float width = document.right() - document.left();
      image.scaleToFit(width, width * CHART_HEIGHT / CHART_WIDTH);
      image.setAlignment(Image.MIDDLE);
      image.setSpacingBefore(6);
      image.setSpacingAfter(6);
      if (chart.title() != null) {
        image.setAlt(chart.title());
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
