package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casereviews.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * A review history file as spreadsheets save it: byte order mark, CRLF, quoted values with commas
 * and line breaks, columns in any order; and files that are refused as a whole with one reason.
 */
class ReviewHistoryFileTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static final HistoryContext CONTEXT =
      new HistoryContext(
          TODAY,
          Set.of("NEGLECT", "DOMESTIC_ABUSE"),
          Set.of("POLICE", "CSC"),
          reference -> reference.equalsIgnoreCase("BSCB 2014-15/01"));

  static ReviewHistoryFile.Result read(String csv) {
    return new ReviewHistoryFile(CONTEXT).read(new StringReader(csv));
  }

  static BusinessException refused(String csv) {
    return assertThrows(BusinessException.class, () -> read(csv));
  }

  @Test
  void spreadsheetExportWithByteOrderMarkAndCrlfLoads() {
    ReviewHistoryFile.Result result =
        read(
            "\uFEFFReference,Pseudonym,Type,Category,Initiated_Date\r\n"
                + "BSCB 2016-17/1,Child A,SCR,death,01/06/2016\r\n"
                + "BSCB 2017-18/2,Family Q,LCSPR,serious harm,2017-09-04\r\n");

    assertEquals(List.of(), result.rejected());
    assertEquals(2, result.reviews().size());
    HistoricReview first = result.reviews().get(0);
    assertEquals("BSCB 2016-17/1", first.reference());
    assertEquals(LocalDate.of(2016, 6, 1), first.openedOn());
    assertEquals(ReviewStatus.IN_PROGRESS, first.status());
  }

  @Test
  void quotedCommasAndLineBreaksStayInTheSummaryAndLaterLinesKeepTheirNumbers() {
    ReviewHistoryFile.Result result =
        read(
            "summary,reference,pseudonym,type,category,aware_date\r\n"
                + "\"Neglect, over years.\r\nSecond paragraph, \"\"quoted\"\".\",R1,Child A,SCR,DEATH,"
                + "2015-02-01\r\n"
                + "\r\n"
                + ",R2,Child B,SCR,DEATH,1 May 2015\r\n");

    assertEquals(
        "Neglect, over years.\r\nSecond paragraph, \"quoted\".", result.reviews().get(0).summary());
    assertEquals(
        List.of(
            new RejectedRow(
                5,
                "aware_date",
                "'1 May 2015' is not a date. Write dates like 2019-03-31 or 31/03/2019.")),
        result.rejected());
  }

  @Test
  void columnsTheImportDoesNotKnowAreLeftAside() {
    ReviewHistoryFile.Result result =
        read(
            "notes,reference,pseudonym,type,category,aware_date\nkept aside,R1,A,SCR,DEATH,2015-02-01\n");

    assertEquals(1, result.reviews().size());
  }

  @Test
  void fileWithoutTheTypeColumnIsRefusedNamingIt() {
    BusinessException refused = refused("reference,pseudonym,category\nR1,Child A,DEATH\n");

    assertEquals(ReviewHistoryFile.FIELD, refused.getField());
    assertTrue(
        refused.getMessage().startsWith("The first line does not name the column type."),
        refused.getMessage());
  }

  @Test
  void fileSeparatedBySemicolonsIsToldSo() {
    BusinessException refused = refused("reference;pseudonym;type;category\nR1;A;SCR;DEATH\n");

    assertTrue(
        refused.getMessage().contains("the columns reference, pseudonym, type and category."),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("separated by semicolons"), refused.getMessage());
  }

  @Test
  void columnNamedTwiceIsRefused() {
    BusinessException refused = refused("reference,pseudonym,type,category,TYPE\n");

    assertEquals("The column type is named twice in the first line.", refused.getMessage());
  }

  @Test
  void emptyFileAndFileWithoutReviewsAreRefused() {
    assertTrue(refused("").getMessage().startsWith("The file is empty."));
    assertTrue(refused("\uFEFF").getMessage().startsWith("The file is empty."));
    assertTrue(
        refused("reference,pseudonym,type,category\r\n\r\n")
            .getMessage()
            .startsWith("The file has no reviews"));
  }

  @Test
  void unclosedQuoteRefusesTheFileFromTheLineItStartsOn() {
    BusinessException refused =
        refused(
            "reference,pseudonym,type,category,aware_date,summary\n"
                + "R1,A,SCR,DEATH,2015-02-01,fine\n"
                + "R2,B,SCR,DEATH,2015-02-01,\"never closed\n"
                + "R3,C,SCR,DEATH,2015-02-01,fine\n");

    assertTrue(
        refused.getMessage().startsWith("The file is not valid CSV from line 3"),
        refused.getMessage());
  }

  @Test
  void binaryOrNonUtf8FileIsNotText() {
    BusinessException spreadsheet = refused("PK\u0003\u0004\u0000\u0000binary");
    BusinessException latin1 =
        refused(
            "reference,pseudonym,type,category,aware_date\nR1,Ren\uFFFDe,SCR,DEATH,2015-02-01\n");

    assertTrue(spreadsheet.getMessage().startsWith("The file is not CSV text in UTF-8"));
    assertTrue(latin1.getMessage().contains("(see line 2)"), latin1.getMessage());
  }

  @Test
  void unquotedCommaThatShiftsTheValuesRefusesTheLine() {
    ReviewHistoryFile.Result result =
        read(
            "reference,pseudonym,type,category,aware_date,summary\n"
                + "R1,A,SCR,DEATH,2015-02-01,Neglect, and more\n");

    RejectedRow rejected = result.rejected().get(0);
    assertEquals(2, rejected.line());
    assertEquals(null, rejected.column());
    assertEquals(
        "This line has 7 values but the first line names 6 columns. A value that contains a comma"
            + " must be in double quotes.",
        rejected.reason());
  }

  @Test
  void trailingEmptyCellsAndLinesOfCommasAreHarmless() {
    ReviewHistoryFile.Result result =
        read("reference,pseudonym,type,category,aware_date\nR1,A,SCR,DEATH,2015-02-01,,\n,,,,\n");

    assertEquals(1, result.reviews().size());
    assertEquals(List.of(), result.rejected());
  }
}
