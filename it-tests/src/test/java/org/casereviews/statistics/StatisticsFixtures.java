package org.casereviews.statistics;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casereviews.cdop.CountedYears;
import org.casereviews.it.RunAs;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ImportReport;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.ApplicationDataSource;

/**
 * The figures the statistics tests count, in years no other test uses (2005 to 2014): the local
 * area with 2% of England's children each year, England's 1,688 reviews over the ten years, the
 * partnership's 27 reviews, and child deaths in 2005 and 2006 with small counts in some places.
 */
public final class StatisticsFixtures {

  public static final String LOCAL = "E08000025";
  static final Span DECADE = new Span(2005, 2014);
  static final Span DEATHS = new Span(2005, 2006);

  /** The year of the one death whose changes a test follows into the figures. */
  static final Span CHANGING = new Span(2003, 2003);

  /** The home postcode of that death. */
  static final String CHANGING_POSTCODE = "ZZ99 9ZZ";

  /** Child deaths are written with ids far above any the sequence gives. */
  private static final long FIRST_DEATH_ID = 900_000_000L;

  private StatisticsFixtures() {}

  /**
   * Loads the figures unless they are there already: the reference files, the local area, the 27
   * reviews and the deaths of 2005 and 2006. In the container.
   */
  static void load(
      RunAs.Admin admin,
      ReferenceData reference,
      ReviewStatistics reviews,
      HistoricReviewImport history) {
    admin.call(
        () -> {
          reference.loadPopulations(new StringReader(populations()));
          reference.loadNationalReviews(new StringReader(nationalReviews()));
          reference.loadAreaCounts(new StringReader(areaCounts()));
          reference.chooseLocalArea(LOCAL);
          if (reviews.commissioned(DECADE, List.of(ReviewType.SCR)) == 0) {
            ImportReport loaded = reviews(history);
            if (loaded.loaded() != 27) {
              throw new IllegalStateException("The 27 reviews did not load: " + loaded);
            }
          }
          if (reviews.deathsVsReviews(DEATHS).total().deaths() == 0) {
            deaths();
          }
          return null;
        });
  }

  /** Populations of England, the local area and two others for 2005 to 2014. */
  public static String populations() {
    StringBuilder csv = new StringBuilder("Area Code,Area Name,Year,Population\n");
    for (int year = 2005; year <= 2014; year++) {
      csv.append("E92000001,England,").append(year).append(",\"10,000,000\"\n");
      csv.append(LOCAL).append(",Birmingham,").append(year).append(",200000\n");
      csv.append("E06000055,Bedford,").append(year).append(",40000\n");
      csv.append("E08000026,Coventry,").append(year).append(",80000\n");
    }
    return csv.toString();
  }

  /** England's reviews: 169 a year for nine years and 167 in the tenth, 1,688 in all. */
  public static String nationalReviews() {
    StringBuilder csv = new StringBuilder("year,review_type,reviews\n");
    for (int year = 2005; year <= 2014; year++) {
      csv.append(year).append(",SCR,").append(year == 2014 ? 167 : 169).append('\n');
    }
    return csv.toString();
  }

  /** Other areas' reviews and child deaths, and England's child deaths (3,000 a year). */
  public static String areaCounts() {
    StringBuilder csv = new StringBuilder("area_code,year,measure,count\n");
    for (int year = 2005; year <= 2014; year++) {
      csv.append("E92000001,").append(year).append(",CHILD_DEATHS,3000\n");
      csv.append("E06000055,").append(year).append(",REVIEWS,").append(year % 2).append('\n');
      csv.append("E08000026,").append(year).append(",REVIEWS,3\n");
      csv.append("E06000055,").append(year).append(",CHILD_DEATHS,12\n");
    }
    return csv.toString();
  }

  /** 27 SCRs from history, initiated in 2005 to 2014, 20 after a death. */
  static ImportReport reviews(HistoricReviewImport history) {
    return history.load(new StringReader(reviewsCsv()));
  }

  /** The review history file of the 27 SCRs, with references of their own each time. */
  public static String reviewsCsv() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    StringBuilder csv = new StringBuilder("reference,pseudonym,type,category,initiated_date\n");
    for (int i = 0; i < 27; i++) {
      csv.append("STAT-")
          .append(tag)
          .append('-')
          .append(i)
          .append(",Child ")
          .append(i)
          .append(",SCR,")
          .append(i < 20 ? "DEATH" : "SERIOUS_HARM")
          .append(',')
          .append(2005 + i % 10)
          .append("-03-01\n");
    }
    return csv.toString();
  }

  /**
   * The one death of {@link #CHANGING}, written if it is not there yet: its child death review
   * meeting was held on 1 August 2003, so the panel can review it, and its identity has the
   * postcode {@link #CHANGING_POSTCODE}. Returns its record number.
   */
  static long changingDeath() throws SQLException {
    long id = FIRST_DEATH_ID - 1;
    try (Connection c = ApplicationDataSource.select().dataSource().getConnection();
        var s = c.createStatement()) {
      if (s.executeUpdate(
              "INSERT INTO child_death (id, sex, date_of_birth, date_of_death, age_days,"
                  + " joint_agency_response, status, cdr_meeting_on, first_notification_id,"
                  + " created_at, created_by, version) SELECT "
                  + id
                  + ", 'MALE', DATE '2001-01-01', DATE '2003-05-01', 850, FALSE, 'CDR_MEETING_HELD',"
                  + " DATE '2003-08-01', "
                  + id
                  + ", CURRENT_TIMESTAMP, 'test', 0 FROM (SELECT 1 AS one) x WHERE NOT EXISTS"
                  + " (SELECT 1 FROM child_death WHERE id = "
                  + id
                  + ")")
          > 0) {
        s.executeUpdate(
            "INSERT INTO child_death_identity (child_death_id, postcode) VALUES ("
                + id
                + ", '"
                + CHANGING_POSTCODE
                + "')");
        markYearOf(id);
      }
    }
    return id;
  }

  /** Marks the year of the record's death to be counted again, as a change to it does. */
  static void markYearOf(long record) throws SQLException {
    try (Connection c = ApplicationDataSource.select().dataSource().getConnection();
        var s = c.createStatement()) {
      s.executeUpdate(
          CountedYears.statement(
              "SELECT date_of_death AS died FROM child_death WHERE id = " + record));
    }
  }

  /** How many child death records there are, counted one by one. */
  static long records() throws SQLException {
    return single("SELECT COUNT(*) FROM child_death");
  }

  /** The record's version now, for a change that must name the version it changes. */
  static long version(long record) throws SQLException {
    return single("SELECT version FROM child_death WHERE id = " + record);
  }

  /** The number of a case review of the partnership's. */
  static long anyReview() throws SQLException {
    return single("SELECT MIN(id) FROM review");
  }

  private static long single(String query) throws SQLException {
    try (Connection c = ApplicationDataSource.select().dataSource().getConnection();
        var s = c.createStatement();
        var r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Deaths by place: in 2005 30 in hospital, 3 at home and 6 in a hospice; in 2006 25, 8 and 2. */
  static void deaths() throws SQLException {
    String[] places = {"HOSPITAL", "HOME", "HOSPICE"};
    int[][] counts = {{30, 3, 6}, {25, 8, 2}};
    long id = FIRST_DEATH_ID;
    try (Connection c = ApplicationDataSource.select().dataSource().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO child_death (id, sex, date_of_birth, date_of_death, age_days,"
                    + " place_of_death, joint_agency_response, status, first_notification_id,"
                    + " created_at, created_by, version)"
                    + " VALUES (?, 'F', ?, ?, ?, ?, FALSE, 'NOTIFIED', ?, CURRENT_TIMESTAMP,"
                    + " 'test', 0)")) {
      for (int y = 0; y < 2; y++) {
        for (int p = 0; p < places.length; p++) {
          for (int n = 0; n < counts[y][p]; n++) {
            LocalDate died = LocalDate.of(2005 + y, 6, 1);
            LocalDate born = died.minusYears(3);
            insert.setLong(1, id);
            insert.setDate(2, Date.valueOf(born));
            insert.setDate(3, Date.valueOf(died));
            insert.setInt(4, (int) java.time.temporal.ChronoUnit.DAYS.between(born, died));
            insert.setString(5, places[p]);
            insert.setLong(6, id);
            insert.addBatch();
            id++;
          }
        }
      }
      insert.executeBatch();
      // written with SQL of its own, so it marks the years to count again, as the import does
      try (var mark = c.createStatement()) {
        mark.executeUpdate(
            CountedYears.statement(
                "SELECT date_of_death AS died FROM child_death WHERE id >= " + FIRST_DEATH_ID));
      }
    }
  }
}
