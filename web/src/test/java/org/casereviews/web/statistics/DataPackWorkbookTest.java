package org.casereviews.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DataPackWorkbookTest {

  @Test
  void theContentsComeFirstThenASheetForEachSectionWithFigures() throws IOException {
    try (XSSFWorkbook workbook = read(SamplePack.annual())) {
      assertEquals(
          List.of("Contents", "Reviews by year", FUNNEL_SHEET, "Rapid reviews – by agency"),
          sheetNames(workbook));
      List<String> contents = column(workbook.getSheet("Contents"), 0);
      assertEquals(SamplePack.TITLE, contents.get(0));
      assertEquals("Annual data pack – April 2024 to March 2025", contents.get(1));
      assertTrue(contents.contains(SamplePack.FUNNEL), contents.toString());
      assertTrue(
          contents.contains("Each dot is a local authority; the one labelled is Northshire."));
      assertTrue(contents.contains("Figures: sheet \"Reviews by year\""), contents.toString());
    }
  }

  private static final String FUNNEL_SHEET = "Child deaths compared with Engl";

  @Test
  void numbersAreNumericCellsAndSuppressedCountsAreText() throws IOException {
    try (XSSFWorkbook workbook = read(SamplePack.annual())) {
      Sheet reviews = workbook.getSheet("Reviews by year");
      Row header = reviews.getRow(1);
      assertEquals("Year", header.getCell(0).getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());

      Cell total = reviews.getRow(6).getCell(3);
      assertEquals(CellType.NUMERIC, total.getCellType());
      assertEquals(1234, total.getNumericCellValue());
      assertEquals("#,##0", total.getCellStyle().getDataFormatString());
      Cell suppressed = reviews.getRow(4).getCell(2);
      assertEquals(CellType.STRING, suppressed.getCellType());
      assertEquals("<5", suppressed.getStringCellValue());

      Cell share = workbook.getSheet("Rapid reviews – by agency").getRow(1).getCell(2);
      assertEquals(41.3, share.getNumericCellValue(), 1e-9);
    }
  }

  @Test
  void theNotesFollowTheTable() throws IOException {
    try (XSSFWorkbook workbook = read(SamplePack.annual())) {
      List<String> reviews = column(workbook.getSheet("Reviews by year"), 0);
      assertEquals(
          "Counts below 5 are shown as <5 to protect the children's identity.",
          reviews.get(reviews.size() - 1));
      List<String> agencies = column(workbook.getSheet("Rapid reviews – by agency"), 0);
      assertEquals(
          List.of("Share of the 75 rapid reviews.", "Source: the partnership's case records."),
          agencies.subList(agencies.size() - 2, agencies.size()));
    }
  }

  @Test
  void aFunnelPlotsPointsAreWrittenAsATable() throws IOException {
    try (XSSFWorkbook workbook = read(SamplePack.annual())) {
      Sheet funnel = workbook.getSheet(FUNNEL_SHEET);
      assertEquals("Area", funnel.getRow(1).getCell(0).getStringCellValue());
      Row local = funnel.getRow(42);
      assertEquals(SamplePack.LOCAL_AREA, local.getCell(0).getStringCellValue());
      assertEquals(120_000, local.getCell(1).getNumericCellValue());
      assertEquals(4.6, local.getCell(2).getNumericCellValue(), 1e-9);
      assertEquals("Yes", local.getCell(3).getStringCellValue());
      assertTrue(column(funnel, 0).contains("Centre line: 3.1."), column(funnel, 0).toString());
    }
  }

  @Test
  void aBarChartWithoutATableHasItsFiguresWrittenYearByYear() throws IOException {
    PackSection bars = SamplePack.reviewsByYear();
    PackSection chartOnly = new PackSection("Chart only", List.of(), bars.chart(), null);
    try (XSSFWorkbook workbook = read(new PackContent("Pack", null, List.of(chartOnly)))) {
      Sheet sheet = workbook.getSheet("Chart only");
      assertEquals("Year", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("Serious harm", sheet.getRow(1).getCell(2).getStringCellValue());
      assertEquals("2020/21", sheet.getRow(2).getCell(0).getStringCellValue());
      assertEquals(21, sheet.getRow(2).getCell(2).getNumericCellValue());
      Cell gap = sheet.getRow(4).getCell(2);
      assertTrue(gap == null || gap.getCellType() == CellType.BLANK, "a gap stays empty");
    }
  }

  @Test
  void sectionsWithoutFiguresGetNoSheetAndLongOrOddHeadingsAreMadeValid() throws IOException {
    PackTable table = SamplePack.agencies().table();
    PackContent content =
        new PackContent(
            "Pack",
            null,
            List.of(
                new PackSection("Text only", List.of("No figures."), null, null),
                new PackSection(
                    "Reviews started per year, by the reason notified", null, null, table),
                new PackSection(
                    "Reviews started per year, by the reason notified", null, null, table),
                new PackSection("Deaths / injuries [2024]: what?", null, null, table),
                new PackSection("Contents", null, null, table)));
    try (XSSFWorkbook workbook = read(content)) {
      assertEquals(
          List.of(
              "Contents",
              "Reviews started per year, by th",
              "Reviews started per year, b (2)",
              "Deaths - injuries (2024) - what",
              "Contents (2)"),
          sheetNames(workbook));
    }
  }

  @Test
  void columnsAreWideEnoughForTheirLongestEntry() throws IOException {
    try (XSSFWorkbook workbook = read(SamplePack.annual())) {
      Sheet agencies = workbook.getSheet("Rapid reviews – by agency");
      int characters = agencies.getColumnWidth(0) / 256;
      assertTrue(characters >= "Children's social care".length(), "width: " + characters);
      assertTrue(characters <= 30, "width: " + characters);
    }
  }

  private static XSSFWorkbook read(PackContent content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataPackWorkbook.write(content, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static List<String> column(Sheet sheet, int column) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null && cell.getCellType() == CellType.STRING) {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }
}
