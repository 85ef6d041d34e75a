package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The days outside the counted years, where the list counts records one by one. */
class CountedYearsTest {

  @Test
  void theDaysOutsideTheCountedYearsAreTheOthersToTheDay() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection db = h2.getConnection()) {
      try (Statement create = db.createStatement()) {
        create.execute("CREATE TABLE child_death (date_of_death DATE)");
      }
      // the first and last day of each year from 2008 to 2015
      try (PreparedStatement row = db.prepareStatement("INSERT INTO child_death VALUES (?)")) {
        for (int year = 2008; year <= 2015; year++) {
          for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            row.setDate(1, Date.valueOf(day));
            row.addBatch();
          }
        }
        row.executeBatch();
      }

      assertEquals(16, outside(db, List.of()));
      assertEquals(14, outside(db, List.of(2012)));
      // 2008, 2009, 2011 and 2015 are left, two days each
      assertEquals(8, outside(db, List.of(2010, 2012, 2013, 2014)));
      assertEquals(0, outside(db, List.of(2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015)));
      assertEquals(2, outside(db, List.of(2008, 2009, 2010, 2011, 2012, 2013, 2014)));
      assertEquals(2, outside(db, List.of(2009, 2010, 2011, 2012, 2013, 2014, 2015)));
    }
  }

  private static long outside(Connection db, List<Integer> years) throws Exception {
    try (Statement query = db.createStatement();
        ResultSet count =
            query.executeQuery(
                "SELECT COUNT(*) FROM child_death d WHERE " + CountedYears.outside(years))) {
      count.next();
      return count.getLong(1);
    }
  }
}
