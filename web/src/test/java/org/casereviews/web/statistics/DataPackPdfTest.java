package org.casereviews.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DataPackPdfTest {

  @Test
  void thePackPrintsItsTitleHeadingsParagraphsAndTables() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write(SamplePack.annual()))) {
      String text = new PDFTextStripper().getText(pdf);

      assertTrue(text.contains(SamplePack.TITLE), text);
      assertTrue(text.contains("Annual data pack – April 2024 to March 2025"), text);
      assertTrue(text.contains(SamplePack.REVIEWS), text);
      assertTrue(text.contains(SamplePack.FUNNEL), text);
      assertTrue(text.contains(SamplePack.AGENCIES), text);
      assertTrue(text.contains("2024/25 11 23 1,234"), "a row with a thousands separator: " + text);
      assertTrue(text.contains("2022/23 9 <5 <15"), "a suppressed count: " + text);
      assertTrue(text.contains("Police 31 41.3"), text);
      assertTrue(text.contains("Counts below 5 are shown as <5"), "a table's note: " + text);
    }
  }

  @Test
  void charactersBeyondLatin1PrintAsTheyWereWritten() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write(SamplePack.annual()))) {
      String text = new PDFTextStripper().getText(pdf);

      assertTrue(text.contains("about £8,500"), text);
      assertTrue(text.contains("≥ 3 agencies"), text);
      assertTrue(text.contains("café"), text);
      assertTrue(text.contains("Rapid reviews – by agency"), text);
    }
  }

  @Test
  void theFirstPageShowsTheFirstChartAsAnImage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(write(SamplePack.annual()))) {
      PDPage first = pdf.getPage(0);
      assertEquals(PDRectangle.A4.getWidth(), first.getMediaBox().getWidth(), 1);
      assertEquals(PDRectangle.A4.getHeight(), first.getMediaBox().getHeight(), 1);
      assertTrue(images(first) >= 1, "the bar chart is an image on the first page");

      PDFRenderer renderer = new PDFRenderer(pdf);
      BufferedImage page = renderer.renderImageWithDPI(0, 100);
      Pixels.save(page, "page-1.png");
      Pixels.save(renderer.renderImageWithDPI(1, 100), "page-2.png");
      int chartTop = page.getHeight() / 4;
      int chartBottom = page.getHeight() * 3 / 4;
      long inked = Pixels.notWhite(page, chartTop, chartBottom);
      assertTrue(inked > page.getWidth() * (chartBottom - chartTop) / 20, "ink: " + inked);
      assertTrue(Pixels.near(page, ChartStyle.SERIES[0]) > 2_000, "the Death bars");
      assertTrue(Pixels.near(page, ChartStyle.SERIES[1]) > 2_000, "the Serious harm bars");
    }
  }

  @Test
  void aLongTableRepeatsItsHeaderOnEachPageItRunsOnto() throws IOException {
    PackContent content = new PackContent("Areas", null, List.of(SamplePack.longTable(150)));
    try (PDDocument pdf = Loader.loadPDF(write(content))) {
      assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        String text = pageText(pdf, page);
        assertTrue(text.contains("Area code Area name Children Rate"), page + ": " + text);
      }
      assertTrue(pageText(pdf, pdf.getNumberOfPages()).contains("Area 150 5,550 37.5"));
    }
  }

  @Test
  void eachPageIsNumberedOutOfTheTotal() throws IOException {
    PackContent content = new PackContent("Areas", null, List.of(SamplePack.longTable(150)));
    try (PDDocument pdf = Loader.loadPDF(write(content))) {
      int pages = pdf.getNumberOfPages();
      List<String> footers = new ArrayList<>();
      for (int page = 1; page <= pages; page++) {
        footers.add(pageText(pdf, page).contains("Page " + page + " of " + pages) ? "ok" : "no");
      }
      assertEquals(List.of("ok", "ok", "ok"), footers.subList(0, 3), pageText(pdf, 1));
      assertTrue(pageText(pdf, pages).contains("Page " + pages + " of " + pages));
    }
  }

  @Test
  void theCallersStreamIsLeftOpen() {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            throw new AssertionError("the writer closed the caller's stream");
          }
        };
    DataPackPdf.write(SamplePack.annual(), out);

    assertTrue(out.size() > 10_000, "bytes: " + out.size());
  }

  private static byte[] write(PackContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataPackPdf.write(content, out);
    return out.toByteArray();
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  private static int images(PDPage page) throws IOException {
    int images = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        images++;
      }
    }
    return images;
  }
}
