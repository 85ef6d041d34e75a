package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The annual data pack as the partnership downloads it: a PDF whose first page holds Chart 1 as an
 * image (rendered to PNG here, as a person would see it) and an XLSX workbook of the same figures,
 * and no statistics at all for an agency liaison officer. {@link StatisticsIT} checks its small
 * numbers are hidden. The figures are loaded first ({@link StatisticsFixtureCalls}), so that the
 * class passes run on its own as in the whole suite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataPackIT {

  private static final String PACK = Http.app() + "/api/v1/statistics/data-pack";

  /** The figures of 2005 to 2014, whichever test class runs first. */
  @BeforeAll
  static void figures() {
    HttpResponse<String> loaded =
        Http.post(
            Http.app() + "/api/v1/it/statistics-fixtures",
            Http.basic("admin", Http.ADMIN_PASSWORD),
            "text/plain",
            new byte[0]);
    assertEquals(200, loaded.statusCode(), loaded.body());
    assertEquals("27", loaded.body());
  }

  @Test
  void thePdfOpensWithItsChartsDrawn() throws Exception {
    String cdopOfficer = Http.basic(Users.create(Roles.CDOP_OFFICER, null), Users.PASSWORD);

    HttpResponse<byte[]> pdf = Http.getBytes(PACK + "?year=2014&format=pdf", cdopOfficer);

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("statistics 2014"), text);
      assertTrue(text.contains("Reviews commissioned, 2005 to 2014"), text);
      assertTrue(text.contains("Child deaths by place of death, 2012 to 2014"), text);
      PDPage first = document.getPage(0);
      assertTrue(images(first) >= 1, "the first page holds Chart 1 as an image");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      Path png = Path.of("target", "data-pack-page-1.png");
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());
      assertTrue(colouredPixels(page) > 2_000, "the chart's bars are drawn in colour");
    }
  }

  @Test
  void theWorkbookHoldsTheSameFiguresAsNumbers() throws Exception {
    String viewer = Http.basic(Users.create(Roles.VIEWER, null), Users.PASSWORD);

    HttpResponse<byte[]> xlsx = Http.getBytes(PACK + "?year=2014&format=xlsx", viewer);

    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("Contents", workbook.getSheetName(0));
      assertTrue(workbook.getNumberOfSheets() > 5, "a sheet for each table");
      var chart1 = workbook.getSheetAt(1);
      assertEquals("Year", chart1.getRow(0).getCell(0).getStringCellValue());
    }
  }

  @Test
  void aLiaisonOfficerHasNoStatisticsAndNoDataPack() {
    String liaison = Http.basic(Users.create(Roles.AGENCY_LIAISON, "POLICE"), Users.PASSWORD);
    for (String path :
        List.of(
            "/per-capita", "/reviews-per-year", "/deaths-vs-reviews", "/funnel", "/child-deaths")) {
      assertEquals(
          403, Http.get(Http.app() + "/api/v1/statistics" + path, liaison).statusCode(), path);
    }

    assertEquals(403, Http.getBytes(PACK + "?year=2014&format=pdf", liaison).statusCode());
    assertEquals(
        400,
        Http.getBytes(PACK + "?year=2014&format=docx", Http.basic("admin", Http.ADMIN_PASSWORD))
            .statusCode());
  }

  private static int images(PDPage page) throws Exception {
    int images = 0;
    for (COSName name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        images++;
      }
    }
    return images;
  }

  /** Pixels that are neither white, grey nor black: the bars and lines of the charts. */
  private static int colouredPixels(BufferedImage image) {
    int coloured = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          coloured++;
        }
      }
    }
    return coloured;
  }
}
