package org.casereviews.web.admin.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {

  private static final String REMINDERS =
      """
      {"summary":"Reminded 2 agencies about 4 actions; 1 agency could not be reminded.",
       "today":"2026-11-16",
       "reminded":[{"agency":"Police","recipients":2,"actions":3},
                   {"agency":"Education","recipients":1,"actions":1}],
       "notReminded":[{"agency":"Probation","reason":"The mail server refused j.doe@x (550)."}],
       "digest":{"sent":true,"detail":"4 overdue action(s), sent to scp@council.example"}}
      """;

  @Test
  void theSummaryComesFirstAndIsNotRepeatedBelow() {
    ReportView view = ReportView.of(REMINDERS);

    assertEquals(
        "Reminded 2 agencies about 4 actions; 1 agency could not be reminded.", view.getSummary());
    assertTrue(view.getFields().stream().noneMatch(f -> f.label().equals("Summary")));
  }

  @Test
  void valuesAreLabelledInWordsWithDatesAndYesNoAsTheScreensWriteThem() {
    ReportView view = ReportView.of(REMINDERS);

    assertEquals(
        List.of(
            new ReportView.Field("Today", "16 Nov 2026"),
            new ReportView.Field("Digest sent", "Yes"),
            new ReportView.Field(
                "Digest detail", "4 overdue action(s), sent to scp@council.example")),
        view.getFields());
  }

  @Test
  void listsOfRecordsBecomeTablesWithAColumnPerName() {
    ReportView view = ReportView.of(REMINDERS);

    ReportView.Table reminded = view.getTables().get(0);
    assertEquals("Reminded", reminded.label());
    assertEquals(List.of("Agency", "Recipients", "Actions"), reminded.columns());
    assertEquals(
        List.of(List.of("Police", "2", "3"), List.of("Education", "1", "1")), reminded.rows());
    ReportView.Table notReminded = view.getTables().get(1);
    assertEquals("Not reminded", notReminded.label());
    assertEquals(List.of("Agency", "Reason"), notReminded.columns());
  }

  @Test
  void recordsWithDifferentNamesShareOneTableWithEmptyCells() {
    ReportView view =
        ReportView.of("{\"rejected_rows\":[{\"line\":7,\"column\":\"sex\"},{\"line\":9}]}");

    ReportView.Table rejected = view.getTables().get(0);
    assertEquals("Rejected rows", rejected.label());
    assertEquals(List.of("Line", "Column"), rejected.columns());
    assertEquals(List.of(List.of("7", "sex"), List.of("9", "")), rejected.rows());
  }

  @Test
  void listsOfValuesStayListsAndEmptyListsSayNone() {
    ReportView view = ReportView.of("{\"files\":[\"a.csv\",\"b.csv\"],\"skippedFiles\":[]}");

    assertEquals(
        List.of(new ReportView.Items("Files", List.of("a.csv", "b.csv"))), view.getLists());
    assertEquals(List.of(new ReportView.Field("Skipped files", "None")), view.getFields());
  }

  @Test
  void aRunWithoutAReportHasNothingToShow() {
    ReportView view = ReportView.of(null);

    assertTrue(view.isBlank());
    assertNull(view.getSummary());
  }

  @Test
  void somethingThatIsNotJsonIsShownAsWritten() {
    ReportView view = ReportView.of("not json {");

    assertEquals(List.of(new ReportView.Field("Report", "not json {")), view.getFields());
  }

  @Test
  void namesBecomeWords() {
    assertEquals("Not reminded", ReportView.label("notReminded"));
    assertEquals("Rejected rows", ReportView.label("rejected_rows"));
    assertEquals("Source ref", ReportView.label("source-ref"));
    assertEquals("Today", ReportView.label("today"));
  }
}
