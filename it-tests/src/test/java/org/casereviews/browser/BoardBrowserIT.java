package org.casereviews.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casereviews.it.ActionFixtures;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The board's report in Chromium, exported to files that open as real CSV, Excel and PDF. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BoardBrowserIT {

  @Test
  void theBoardSeesWhoIsLateAndExportsIt() throws Exception {
    String officer = Users.create("review-officer", null);
    overdueAmbulanceAction(Http.basic(officer, Users.PASSWORD));

    try (Browser browser = new Browser()) {
      browser.open(Http.app() + "/admin/actions/board.xhtml");
      browser.type("login:username", officer);
      browser.type("login:password", Users.PASSWORD);
      browser.click("login:submit");
      browser.waitForText("Recurring themes in recommendations");
      assertTrue(browser.text().contains("Ambulance service"), browser.text());

      browser.click("form:agencies-csv");
      String csv =
          Files.readString(browser.downloaded("actions-by-agency.csv"), StandardCharsets.UTF_8)
              .replace("\uFEFF", "");
      browser.click("form:agencies-xlsx");
      Path xlsx = browser.downloaded("actions-by-agency.xlsx");
      browser.click("form:agencies-pdf");
      Path pdf = browser.downloaded("actions-by-agency.pdf");

      assertTrue(csv.startsWith("\"Agency\",\"Actions\",\"Open\",\"Overdue\""), csv);
      assertTrue(csv.contains("\"Ambulance service\""), csv);
      assertEquals("Ambulance service", cellBelowHeader(xlsx, "Ambulance service"));
      try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
        // a real PDF with the table: the text of its cells is laid out in narrow columns, so only
        // the heading is checked word by word
        assertTrue(reader.getNumberOfPages() >= 1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Agency") && text.contains("Overdue"), text);
      }
    }
  }

  /** The first-column cell of the sheet's row that starts with {@code wanted}, or null. */
  private static String cellBelowHeader(Path file, String wanted) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("Agency", sheet.getRow(0).getCell(0).getStringCellValue());
      for (Row row : sheet) {
        if (wanted.equals(row.getCell(0).getStringCellValue())) {
          return wanted;
        }
      }
    }
    return null;
  }

  private static void overdueAmbulanceAction(String officer) {
    int review =
        ActionFixtures.reviewWithRecommendation(
                officer,
                "SILP",
                "Child S",
                "Crews should record who else is at home.",
                "DOMESTIC_ABUSE")
            .getInt("id");
    JsonObject created =
        ActionFixtures.action(
            officer,
            review,
            "AMBULANCE",
            "Add a household field to the patient record.",
            LocalDate.now().plusDays(10));
    HttpResponse<String> slipped =
        Http.postJson(
            Http.app() + "/api/v1/actions/" + created.getInt("id") + "/due-date",
            officer,
            "{\"version\":"
                + created.getInt("version")
                + ",\"dueOn\":\""
                + LocalDate.now().minusDays(4)
                + "\",\"reason\":\"The date first agreed.\"}");
    assertEquals(200, slipped.statusCode(), slipped.body());
  }
}
