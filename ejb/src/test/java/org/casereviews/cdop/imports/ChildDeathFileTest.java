package org.casereviews.cdop.imports;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casereviews.review.RejectedRow;
import org.junit.jupiter.api.Test;

/**
 * Child-death import files as agencies' systems and spreadsheets save them: byte order mark, CRLF,
 * quoted values with line breaks, a line in ISO-8859-1, a runaway line; and files refused as a
 * whole with one reason.
 */
class ChildDeathFileTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static final String HEADER = "source_system,source_ref,sex,date_of_birth,date_of_death\n";

  static List<CheckedRow> read(byte[] file) throws IOException {
    try (ChildDeathFile rows = ChildDeathFile.open(new ByteArrayInputStream(file), TODAY)) {
      List<CheckedRow> checked = new ArrayList<>();
      for (Optional<CheckedRow> row = rows.next(); row.isPresent(); row = rows.next()) {
        checked.add(row.get());
      }
      return checked;
    }
  }

  static List<CheckedRow> read(String file) throws IOException {
    return read(file.getBytes(UTF_8));
  }

  static ImportFileException refused(byte[] file) {
    return assertThrows(
        ImportFileException.class,
        () -> ChildDeathFile.open(new ByteArrayInputStream(file), TODAY));
  }

  static NotificationRow accepted(CheckedRow row) {
    return assertInstanceOf(CheckedRow.Accepted.class, row).notification();
  }

  static RejectedRow rejected(CheckedRow row) {
    return assertInstanceOf(CheckedRow.Rejected.class, row).rejection();
  }

  static String row(String ref) {
    return "GP," + ref + ",F,2015-06-01,2026-10-03\n";
  }

  @Test
  void spreadsheetExportWithByteOrderMarkAndCrlfLoads() throws IOException {
    List<CheckedRow> rows =
        read(
            "\uFEFFsource_system,source_ref,sex,date_of_birth,date_of_death\r\n"
                + "REGISTRAR,R1,M,01/06/2015,03/10/2026\r\n"
                + "POLICE,P7,U,2010-01-31,2026-11-01\r\n");

    assertEquals(2, rows.size());
    assertEquals("REGISTRAR", accepted(rows.get(0)).sourceSystem());
    assertEquals(2, rows.get(0).line());
    assertEquals("P7", accepted(rows.get(1)).sourceRef());
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void columnsComeInAnyOrderAndCaseAndUnknownOnesAreLeftAside() throws IOException {
    List<CheckedRow> rows =
        read(
            " Date_Of_Death ,NOTES,SEX,Source_Ref,postcode,SOURCE_SYSTEM,date_of_birth\n"
                + "2026-10-03,anything,f,H-9,sw1a1aa,hospital,2015-06-01\n");

    NotificationRow row = accepted(rows.get(0));
    assertEquals("HOSPITAL", row.sourceSystem());
    assertEquals("H-9", row.sourceRef());
    assertEquals("SW1A 1AA", row.postcode());
    assertEquals(LocalDate.of(2026, 10, 3), row.dateOfDeath());
  }

  @Test
  void aBadRowIsRejectedWithItsLineColumnAndReasonAndTheOthersLoad() throws IOException {
    List<CheckedRow> rows = read(HEADER + row("A") + "GP,B,F,2015-06-01,2015-05-31\n" + row("C"));

    assertEquals(3, rows.size());
    RejectedRow rejection = rejected(rows.get(1));
    assertEquals(3, rejection.line());
    assertEquals("date_of_death", rejection.column());
    assertTrue(rejection.reason().startsWith("The date of death 31 May 2015 is before"));
    assertEquals("C", accepted(rows.get(2)).sourceRef());
  }

  @Test
  void aLineInIso88591IsRejectedAndTheOthersLoad() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(
        ("source_system,source_ref,sex,date_of_birth,date_of_death,family_name\n").getBytes(UTF_8));
    file.writeBytes("GP,A,F,2015-06-01,2026-10-03,Brontë\n".getBytes(UTF_8));
    file.writeBytes("GP,B,F,2015-06-01,2026-10-03,Brontë\n".getBytes(ISO_8859_1));
    file.writeBytes("GP,C,F,2015-06-01,2026-10-03,Zoë\n".getBytes(UTF_8));

    List<CheckedRow> rows = read(file.toByteArray());

    assertEquals("Brontë", accepted(rows.get(0)).familyName());
    assertEquals(new RejectedRow(3, null, ChildDeathFile.NOT_UTF8), rejected(rows.get(1)));
    assertEquals("Zoë", accepted(rows.get(2)).familyName());
  }

  @Test
  void aQuotedValueWithLineBreaksCountsEveryLineItSpreadsOver() throws IOException {
    List<CheckedRow> rows =
        read(
            "given_names,source_system,source_ref,sex,date_of_birth,date_of_death\r\n"
                + "\"Amy\r\nJo\nAnn\",GP,A,F,2015-06-01,2026-10-03\r\n"
                + "\"Ben \"\"B\"\"\",GP,B,M,2015-06-01,2026-10-03\r\n"
                + "Cal,GP,C,M,2015-06-01,2026-13-03\r\n");

    assertEquals("Amy\r\nJo\nAnn", accepted(rows.get(0)).givenNames());
    assertEquals(2, rows.get(0).line());
    assertEquals("Ben \"B\"", accepted(rows.get(1)).givenNames());
    assertEquals(5, rows.get(1).line());
    assertEquals(6, rejected(rows.get(2)).line());
  }

  @Test
  void aLineOf1MegabyteIsRejectedAndTheNextLineLoads() throws IOException {
    String huge = "GP,HUGE,F,2015-06-01," + "9".repeat(1 << 20) + "\n";

    List<CheckedRow> rows = read(HEADER + row("A") + huge + row("C"));

    assertEquals(3, rows.size());
    RejectedRow rejection = rejected(rows.get(1));
    assertEquals(3, rejection.line());
    assertTrue(rejection.reason().startsWith("This line is longer than 64 KB"));
    assertEquals(4, accepted(rows.get(2)).line());
  }

  @Test
  void aLineOfTheMostCharactersAllowedIsRead() throws IOException {
    String start = "GP,";
    String end = ",F,2015-06-01,2026-10-03";
    String ref = "r".repeat(ChildDeathFile.MAX_LINE_CHARS - start.length() - end.length());

    RejectedRow rejection = rejected(read(HEADER + start + ref + end + "\n").get(0));

    assertEquals("source_ref", rejection.column());
  }

  @Test
  void blankLinesArePassedOverAndDoNotCount() throws IOException {
    try (ChildDeathFile file = open(HEADER + "\n,,,,\r\n\"\",,,, \n" + row("A") + "\n")) {
      assertEquals(5, file.next().orElseThrow().line());
      assertEquals(Optional.empty(), file.next());
      assertEquals(1, file.recordsRead());
    }
  }

  @Test
  void aLineWithAnotherNumberOfValuesIsRejectedNamingBoth() throws IOException {
    RejectedRow rejection = rejected(read(HEADER + "GP,A,F,2015-06-01,2026-10-03,extra\n").get(0));

    assertEquals(
        new RejectedRow(
            2,
            null,
            "This line has 6 values but the first line names 5 columns: a value that contains a"
                + " comma must be in double quotes."),
        rejection);
  }

  @Test
  void textAfterAClosingQuoteRejectsTheLineAndTheNextLoads() throws IOException {
    List<CheckedRow> rows = read(HEADER + "GP,\"A\"x,F,2015-06-01,2026-10-03\n" + row("B"));

    assertTrue(rejected(rows.get(0)).reason().startsWith("A value in double quotes is followed"));
    assertEquals("B", accepted(rows.get(1)).sourceRef());
  }

  @Test
  void aQuoteNeverClosedRejectsItsLineAndEndsTheFile() throws IOException {
    List<CheckedRow> rows = read(HEADER + row("A") + "GP,\"B,F,2015-06-01,2026-10-03\n" + row("C"));

    assertEquals(2, rows.size());
    RejectedRow rejection = rejected(rows.get(1));
    assertEquals(3, rejection.line());
    assertTrue(rejection.reason().startsWith("A double quote on this line is never closed"));
  }

  @Test
  void aNulByteAfterTheFirstBytesRejectsItsLine() throws IOException {
    String padding = row("A").repeat(BinaryContent.HEAD / row("A").length() + 1);

    List<CheckedRow> rows = read(HEADER + padding + "GP,B\0,F,2015-06-01,2026-10-03\n" + row("C"));

    assertEquals(ChildDeathFile.NOT_UTF8, rejected(rows.get(rows.size() - 2)).reason());
    assertEquals("C", accepted(rows.get(rows.size() - 1)).sourceRef());
  }

  @Test
  void anEmptyFileIsRefused() {
    assertTrue(refused(new byte[0]).getMessage().startsWith("The file is empty."));
    assertTrue(refused("\uFEFF".getBytes(UTF_8)).getMessage().startsWith("The file is empty."));
    assertTrue(
        refused("\r\n,,\r\n".getBytes(UTF_8)).getMessage().startsWith("The first line is empty"));
  }

  @Test
  void aPdfIsRefusedAsNotCsv() {
    ImportFileException refused = refused("%PDF-1.7\n%\u00E2\u00E3\n1 0 obj".getBytes(ISO_8859_1));

    assertEquals("file", refused.getField());
    assertEquals(
        "This is not a CSV file: it looks like a PDF document. Save the data as CSV UTF-8 (comma"
            + " delimited) and load that file.",
        refused.getMessage());
  }

  @Test
  void aWorkbookIsRefusedAsNotCsv() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};

    assertTrue(refused(zip).getMessage().contains("an Excel workbook (.xlsx)"));
    assertTrue(refused(xls).getMessage().contains("an old Excel workbook (.xls)"));
    assertTrue(refused("a,b\0,c\n".getBytes(UTF_8)).getMessage().contains("binary data"));
  }

  @Test
  void aFirstLineWithoutRequiredColumnsIsRefusedNamingThemAll() {
    ImportFileException refused = refused("source_ref;sex\nA;F\n".getBytes(UTF_8));

    assertEquals(
        "The first line does not name the columns source_system, source_ref, sex, date_of_birth"
            + " and date_of_death. The first line must name the columns of the file, in any order;"
            + " source_system, source_ref, sex, date_of_birth and date_of_death are required."
            + " The columns seem to be separated by semicolons: separate them with commas.",
        refused.getMessage());
    assertTrue(
        refused("sex,source_ref,date_of_birth\n".getBytes(UTF_8))
            .getMessage()
            .startsWith(
                "The first line does not name the columns source_system and date_of_death."));
  }

  @Test
  void aColumnNamedTwiceIsRefused() {
    ImportFileException refused = refused((HEADER.strip() + ",SEX\n").getBytes(UTF_8));

    assertEquals(
        "The column sex is named twice in the first line: name each column once.",
        refused.getMessage());
  }

  @Test
  void skipGoesOnAfterTheCheckpointWithTheRightLineNumbers() throws IOException {
    String file =
        "given_names,"
            + HEADER
            + "\"Amy\nJo\",GP,A,F,2015-06-01,2026-10-03\n"
            + "\n"
            + "Ben,GP,B,M,2015-06-01,2099-10-03\n"
            + "Cal,GP,C,M,2015-06-01,2026-10-03\n"
            + "Dee,GP,D,M,2015-06-01,2026-10-03\n";
    try (ChildDeathFile rows = open(file)) {
      rows.skip(2);

      assertEquals(2, rows.recordsRead());
      NotificationRow third = accepted(rows.next().orElseThrow());
      assertEquals("C", third.sourceRef());
      assertEquals(6, third.line());
      assertEquals(3, rows.recordsRead());
    }
  }

  @Test
  void skipPastTheEndLeavesNothingToRead() throws IOException {
    try (ChildDeathFile rows = open(HEADER + row("A"))) {
      rows.skip(5);

      assertEquals(Optional.empty(), rows.next());
      assertEquals(1, rows.recordsRead());
    }
  }

  @Test
  void aFileOf200000RowsIsReadOneRowAtATime() throws IOException {
    int count = 200_000;
    long accepted = 0;
    long lastLine = 0;
    try (ChildDeathFile rows = ChildDeathFile.open(new GeneratedFile(count), TODAY)) {
      for (Optional<CheckedRow> row = rows.next(); row.isPresent(); row = rows.next()) {
        accepted += row.get() instanceof CheckedRow.Accepted ? 1 : 0;
        lastLine = row.get().line();
      }
      assertEquals(count, rows.recordsRead());
    }
    assertEquals(count, accepted);
    assertEquals(count + 1, lastLine);
  }

  static ChildDeathFile open(String file) {
    return ChildDeathFile.open(new ByteArrayInputStream(file.getBytes(UTF_8)), TODAY);
  }
}
