package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The age bands at their edges: the band a row shows (worked out in Java) and the band the list's
 * filter finds it in (worked out in SQL, here on H2) agree, birthdays on the 29th of February and
 * the ends of months included.
 */
class AgeBandTest {

  private static final LocalDate BORN = LocalDate.of(2012, 2, 29);

  @Test
  void theBandsChangeOnTheDayTheyShould() {
    assertEquals(AgeBand.UNDER_28_DAYS, AgeBand.of(BORN, BORN));
    assertEquals(AgeBand.UNDER_28_DAYS, AgeBand.of(BORN, BORN.plusDays(27)));
    assertEquals(AgeBand.UNDER_1_YEAR, AgeBand.of(BORN, BORN.plusDays(28)));
    assertEquals(AgeBand.UNDER_1_YEAR, AgeBand.of(BORN, LocalDate.of(2013, 2, 28)));
    assertEquals(AgeBand.YEARS_1_TO_4, AgeBand.of(BORN, LocalDate.of(2013, 3, 1)));
    assertEquals(AgeBand.YEARS_1_TO_4, AgeBand.of(BORN, LocalDate.of(2017, 2, 28)));
    assertEquals(AgeBand.YEARS_5_TO_9, AgeBand.of(BORN, LocalDate.of(2017, 3, 1)));
    assertEquals(AgeBand.YEARS_10_TO_14, AgeBand.of(BORN, LocalDate.of(2022, 3, 1)));
    assertEquals(AgeBand.YEARS_15_TO_17, AgeBand.of(BORN, LocalDate.of(2027, 3, 1)));
    assertEquals(AgeBand.YEARS_15_TO_17, AgeBand.of(BORN, LocalDate.of(2030, 2, 28)));
  }

  @Test
  void theFilterInSqlFindsEachChildInTheBandTheRowShows() throws Exception {
    List<LocalDate[]> children = new ArrayList<>();
    for (LocalDate born :
        List.of(
            BORN,
            LocalDate.of(2010, 1, 31),
            LocalDate.of(2015, 12, 31),
            LocalDate.of(2008, 6, 15))) {
      for (int years = 0; years < 18; years++) {
        for (int days : new int[] {-1, 0, 1, 27, 28}) {
          LocalDate died = born.plusYears(years).plusDays(days);
          if (!died.isBefore(born) && died.isBefore(born.plusYears(18))) {
            children.add(new LocalDate[] {born, died});
          }
        }
      }
    }
    try (Connection db = database(children)) {
      for (int id = 0; id < children.size(); id++) {
        LocalDate[] child = children.get(id);
        assertEquals(
            AgeBand.of(child[0], child[1]), bandInSql(db, id), child[0] + " to " + child[1]);
      }
    }
  }

  @Test
  void theBandInSqlIsTheRowsBandAtEveryAgeInDays() throws Exception {
    List<LocalDate[]> children = new ArrayList<>();
    for (LocalDate born :
        List.of(
            LocalDate.of(2008, 2, 29),
            LocalDate.of(2010, 1, 31),
            LocalDate.of(2015, 12, 31),
            LocalDate.of(2003, 3, 1))) {
      for (LocalDate died = born; died.isBefore(born.plusYears(18)); died = died.plusDays(1)) {
        children.add(new LocalDate[] {born, died});
      }
    }
    try (Connection db = database(children)) {
      try (Statement query = db.createStatement();
          ResultSet bands =
              query.executeQuery("SELECT d.id, " + AgeBand.bandSql() + " FROM child_death d")) {
        int read = 0;
        while (bands.next()) {
          LocalDate[] child = children.get(bands.getInt(1));
          assertEquals(
              AgeBand.of(child[0], child[1]).name(),
              bands.getString(2),
              child[0] + " to " + child[1]);
          read++;
        }
        assertEquals(children.size(), read);
      }
    }
  }

  /** A database whose child_death table holds the children, each numbered by its place. */
  private static Connection database(List<LocalDate[]> children) throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Connection db = h2.getConnection();
    try (Statement create = db.createStatement()) {
      create.execute(
          "CREATE TABLE child_death (id INT, date_of_birth DATE, date_of_death DATE,"
              + " age_days INT)");
    }
    insert(db, children);
    return db;
  }

  private static void insert(Connection db, List<LocalDate[]> children) throws Exception {
    try (PreparedStatement row =
        db.prepareStatement("INSERT INTO child_death VALUES (?, ?, ?, ?)")) {
      for (int id = 0; id < children.size(); id++) {
        LocalDate[] child = children.get(id);
        row.setInt(1, id);
        row.setDate(2, Date.valueOf(child[0]));
        row.setDate(3, Date.valueOf(child[1]));
        row.setInt(4, (int) ChronoUnit.DAYS.between(child[0], child[1]));
        row.addBatch();
      }
      row.executeBatch();
    }
  }

  private static AgeBand bandInSql(Connection db, int id) throws Exception {
    AgeBand found = null;
    for (AgeBand band : AgeBand.values()) {
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT COUNT(*) FROM child_death d WHERE d.id = ? AND (" + band.condition() + ")")) {
        query.setInt(1, id);
        try (ResultSet result = query.executeQuery()) {
          result.next();
          if (result.getInt(1) == 1) {
            assertEquals(null, found, "in two bands: " + found + " and " + band);
            found = band;
          }
        }
      }
    }
    return found;
  }
}
