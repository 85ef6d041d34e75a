package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.casereviews.shared.IncidentCategory;
import org.junit.jupiter.api.Test;

/** Each rule a line of a review history file must meet, and the reason an officer reads. */
class HistoricReviewRulesTest {

  private static final String HEADER =
      "reference,pseudonym,type,category,working_together,incident_date,aware_date,"
          + "notified_date,rapid_review_sent_date,decision_date,initiated_date,signed_off_date,"
          + "sent_to_panel_date,published_date,archived_date,publication,status,panel_decision,"
          + "themes,agencies,lead_reviewer,summary\n";

  /** A good line: an SCR under Working Together 2015, published in full and later archived. */
  private static final String GOOD =
      "BSCB 2016-17/1,Child A,SCR,DEATH,2015,2016-03-02,2016-03-03,2016-03-10,,2016-04-01,"
          + "2016-04-20,2016-12-01,2016-12-08,2017-01-16,2020-01-16,PUBLISHED,,,"
          + "neglect; Domestic_Abuse,POLICE;CSC,Jane Reviewer,Baby died after long neglect";

  private static RejectedRow rejected(String line) {
    List<RejectedRow> rejected = ReviewHistoryFileTest.read(HEADER + line + "\n").rejected();
    assertEquals(1, rejected.size(), rejected::toString);
    assertEquals(2, rejected.get(0).line());
    return rejected.get(0);
  }

  /** The good line with the value of one column replaced. */
  private static String with(String column, String value) {
    List<String> columns = List.of(HEADER.strip().split(","));
    String[] values = GOOD.split(",", -1);
    values[columns.indexOf(column)] = value;
    return String.join(",", values);
  }

  private static void assertRejected(String column, String reason, String line) {
    RejectedRow row = rejected(line);
    assertEquals(column, row.column());
    assertEquals(reason, row.reason());
  }

  @Test
  void goodLineBecomesAReviewWithEverythingItSays() {
    HistoricReview review = ReviewHistoryFileTest.read(HEADER + GOOD).reviews().get(0);

    assertEquals("BSCB 2016-17/1", review.reference());
    assertEquals(ReviewType.SCR, review.type());
    assertEquals(IncidentCategory.DEATH, review.category());
    assertEquals(WorkingTogether.WT2015, review.workingTogether());
    assertEquals(ReviewStatus.ARCHIVED, review.status());
    assertEquals(LocalDate.of(2016, 4, 20), review.openedOn());
    assertEquals(LocalDate.of(2016, 12, 8), review.dates().getSentToPanelOn());
    assertEquals(List.of("NEGLECT", "DOMESTIC_ABUSE"), review.themeCodes());
    assertEquals(List.of("POLICE", "CSC"), review.agencyCodes());
    assertEquals("Jane Reviewer", review.leadReviewer());
  }

  @Test
  void statusFollowsWhatHappenedLastWhenTheFileGivesNone() {
    assertEquals(
        ReviewStatus.SUMMARY_ONLY,
        status(with("archived_date", "").replace("PUBLISHED", "summary only")));
    assertEquals(ReviewStatus.SIGNED_OFF, status("R,A,SILP,DEATH,,,,,,,2019-01-07,2019-06-01"));
    assertEquals(ReviewStatus.IN_PROGRESS, status("R,A,THEMATIC,DEATH,,,,,,,2019-01-07"));
    assertEquals(
        ReviewStatus.DECIDED,
        status("R,A,RAPID_REVIEW,DEATH,,,2020-02-03,,,2020-03-10,,,,,,,,NO_REVIEW"));
    assertEquals(
        ReviewStatus.SUBMITTED_TO_PANEL, status("R,A,Rapid review,DEATH,,,2020-02-03,,2020-02-24"));
    assertEquals(ReviewStatus.NOTIFIED, status("R,A,SCR,SERIOUS_HARM,,2014-05-01"));
    assertEquals(ReviewStatus.CLOSED, status("R,A,SCR,SERIOUS_HARM,,2014-05-01,,,,,,,,,,,closed"));
  }

  private static ReviewStatus status(String line) {
    ReviewHistoryFile.Result result = ReviewHistoryFileTest.read(HEADER + line);
    assertEquals(List.of(), result.rejected());
    return result.reviews().get(0).status();
  }

  @Test
  void referenceRules() {
    assertRejected(
        "reference",
        "The reference is empty: give the review's reference, such as BSCB 2016-17/1.",
        with("reference", " "));
    assertRejected(
        "reference",
        "The reference can be at most 40 characters; this one has 41.",
        with("reference", "R".repeat(41)));
    assertRejected(
        "reference",
        "The reference bscb 2014-15/01 is already used by a review in casereviews; it may have"
            + " been loaded before.",
        with("reference", "bscb 2014-15/01"));
  }

  @Test
  void referenceUsedTwiceInTheFileIsRefusedTheSecondTime() {
    List<RejectedRow> rejected =
        ReviewHistoryFileTest.read(HEADER + GOOD + "\n" + GOOD + "\n").rejected();

    assertEquals(
        List.of(
            new RejectedRow(
                3,
                "reference",
                "The reference BSCB 2016-17/1 is also on line 2: each review needs a reference of"
                    + " its own.")),
        rejected);
  }

  @Test
  void whatTheReviewIsMustBeKnown() {
    assertRejected(
        "pseudonym",
        "The pseudonym is empty: give the name the review is known by, such as Child A.",
        with("pseudonym", ""));
    assertRejected(
        "pseudonym",
        "The pseudonym can be at most 100 characters; this one has 101.",
        with("pseudonym", "P".repeat(101)));
    assertRejected(
        "type",
        "'Serious case' is not a kind of review. Use one of RAPID_REVIEW, LCSPR, SCR, THEMATIC,"
            + " LOCAL_LEARNING, SILP, IMR, PRACTICE_AUDIT, OTHER_PARTNERSHIP, or the kind's full"
            + " name, such as Serious Case Review (SCR).",
        with("type", "Serious case"));
    assertRejected(
        "category",
        "'injury' is not a category: use DEATH or SERIOUS_HARM.",
        with("category", "injury"));
    assertRejected(
        "working_together",
        "'2010' is not an edition of Working Together: use 2013, 2015, 2018 or 2023.",
        with("working_together", "2010"));
  }

  @Test
  void datesMustBeRealInOrderAndPast() {
    assertRejected(
        "aware_date",
        "'31/02/2016' is not a date. Write dates like 2019-03-31 or 31/03/2019.",
        with("aware_date", "31/02/2016"));
    assertRejected(
        "aware_date",
        "Becoming aware (1 March 2016) cannot come before the incident (2 March 2016).",
        with("aware_date", "01/03/2016"));
    assertRejected(
        "published_date",
        "Publication (30 November 2016) cannot come before sign-off (1 December 2016).",
        with("published_date", "2016-11-30"));
    assertRejected(
        "archived_date",
        "Archiving (1 January 2027) is in the future: enter the date it happened.",
        with("archived_date", "2027-01-01"));
    assertRejected(
        null,
        "Give at least one date. The review is filed under its initiated_date or, when that is"
            + " empty, the first of aware_date, incident_date, notified_date, decision_date,"
            + " signed_off_date and published_date.",
        "R,A,SCR,DEATH,,,,,2019-02-01,,,,,,2020-01-01");
  }

  @Test
  void statusMustFitTheKindOfReviewAndItsDates() {
    assertRejected(
        "status",
        "'FINISHED' is not a status. Use one of NOTIFIED, RAPID_REVIEW, SUBMITTED_TO_PANEL,"
            + " DECIDED, COMMISSIONED, IN_PROGRESS, DRAFT, SIGNED_OFF, SENT_BEFORE_PUBLICATION,"
            + " DELAYED, PUBLISHED, SUMMARY_ONLY, NOT_PUBLISHED, ARCHIVED, CLOSED.",
        with("status", "FINISHED"));
    assertRejected(
        "status",
        "A review of the kind 'Rapid review' cannot be 'Signed off' (worked out from"
            + " signed_off_date; give the status column to say otherwise). Its status can be:"
            + " Rapid review under way, Rapid review submitted to the Panel, Panel decision"
            + " received, Closed.",
        "R,A,RAPID_REVIEW,DEATH,,,2020-02-03,,,,,2020-03-01");
    assertRejected(
        "publication",
        "'online' is not a publication outcome: use PUBLISHED, SUMMARY_ONLY, NOT_PUBLISHED or"
            + " DELAYED.",
        with("publication", "online"));
    assertRejected(
        "published_date",
        "The review is marked as published but published_date is empty: give the date the report"
            + " was published.",
        with("published_date", "").replace(",2020-01-16,", ",,"));
    assertRejected(
        "panel_decision",
        "The Panel's decision is missing: give panel_decision as NATIONAL_REVIEW, LOCAL_REVIEW or"
            + " NO_REVIEW.",
        "R,A,RAPID_REVIEW,DEATH,,,2020-02-03,,,2020-03-10");
    assertRejected(
        "panel_decision",
        "'maybe' is not a Panel decision: use NATIONAL_REVIEW, LOCAL_REVIEW or NO_REVIEW.",
        with("panel_decision", "maybe"));
  }

  @Test
  void unknownThemeOrAgencyIsNamed() {
    assertRejected(
        "themes",
        "There is no review theme with the code GROOMING. The codes are listed under"
            + " Administration; separate codes with ';'.",
        with("themes", "NEGLECT;grooming"));
    assertRejected(
        "agencies",
        "There is no agency with the code POLICE CSC. The codes are listed under"
            + " Administration; separate codes with ';'.",
        with("agencies", "POLICE CSC"));
  }

  @Test
  void longTextIsRefused() {
    assertRejected(
        "summary",
        "The summary can be at most 4000 characters; this one has 4001.",
        with("summary", "s".repeat(4001)));
    assertRejected(
        "lead_reviewer",
        "The lead reviewer's name can be at most 200 characters; this one has 201.",
        with("lead_reviewer", "l".repeat(201)));
  }
}
