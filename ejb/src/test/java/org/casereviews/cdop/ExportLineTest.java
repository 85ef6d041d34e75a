package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A line of the child death export: codes, the month of death, and identifiers only if asked. */
class ExportLineTest {

  private static final Object[] ROW = {
    1050L,
    Date.valueOf(LocalDate.of(2019, 5, 3)),
    Date.valueOf(LocalDate.of(2023, 11, 20)),
    "FEMALE",
    "HOSPITAL",
    "A",
    "UNEXPECTED",
    Boolean.FALSE,
    Boolean.TRUE,
    "NOTIFIED",
    10,
    "YES",
    "9434765919",
    "O'Neill, Smith",
    "Alex",
    "B2 2DR"
  };

  @Test
  void withoutIdentifiersALineHoldsNoNameNumberPostcodeOrDayOfBirthOrDeath() throws Exception {
    StringWriter out = new StringWriter();
    ExportLine.header(out, false);
    ExportLine.write(out, ROW, false);
    assertEquals(
        "record_id,death_month,age_band,age_years,sex,place_of_death,ethnicity,expected,"
            + "looked_after,joint_agency_response,status,category,modifiable\r\n"
            + "1050,2023-11,YEARS_1_TO_4,4,F,HOSPITAL,A,N,N,Y,NOTIFIED,10,YES\r\n",
        out.toString());
  }

  @Test
  void withIdentifiersTheyFollowTheSameColumnsQuotedWhereNeeded() throws Exception {
    StringWriter out = new StringWriter();
    ExportLine.write(out, ROW, true);
    assertEquals(
        "1050,2023-11,YEARS_1_TO_4,4,F,HOSPITAL,A,N,N,Y,NOTIFIED,10,YES,"
            + "9434765919,\"O'Neill, Smith\",Alex,B2 2DR,2019-05-03,2023-11-20\r\n",
        out.toString());
  }
}
