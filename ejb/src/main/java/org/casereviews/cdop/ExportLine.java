package org.casereviews.cdop;

import static org.casereviews.cdop.SqlValues.day;
import static org.casereviews.cdop.SqlValues.text;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.shared.CsvLine;
import org.casereviews.shared.Sex;

/**
 * One line of a child death export, RFC 4180 CSV: coded values as their codes (those of import
 * format v1 where it has one), yes/no as Y/N.
 */
final class ExportLine {

  private ExportLine() {}

  static void header(Writer out, boolean identifiers) throws IOException {
    List<String> names = new ArrayList<>(ChildDeathExport.COLUMNS);
    if (identifiers) {
      names.addAll(ChildDeathExport.IDENTIFIER_COLUMNS);
    }
    CsvLine.write(out, names);
  }

  /** A row of {@link ChildDeathExport}'s query. */
  static void write(Writer out, Object[] r, boolean identifiers) throws IOException {
    LocalDate born = day(r[1]);
    LocalDate died = day(r[2]);
    List<String> cells = new ArrayList<>();
    cells.add(text(r[0]));
    cells.add(died.toString().substring(0, 7));
    cells.add(AgeBand.of(born, died).name());
    cells.add(String.valueOf(Period.between(born, died).getYears()));
    cells.add(r[3] == null ? null : SqlValues.named(Sex.class, r[3]).getCode());
    cells.add(text(r[4]));
    cells.add(text(r[5]));
    DeathExpectation expected = SqlValues.named(DeathExpectation.class, r[6]);
    cells.add(expected == null ? null : expected.code());
    cells.add(r[7] == null ? null : yesNo(SqlValues.yes(r[7])));
    cells.add(yesNo(SqlValues.yes(r[8])));
    cells.add(text(r[9]));
    cells.add(text(r[10]));
    cells.add(text(r[11]));
    if (identifiers) {
      for (int i = 12; i <= 15; i++) {
        cells.add(text(r[i]));
      }
      cells.add(born.toString());
      cells.add(died.toString());
    }
    CsvLine.write(out, cells);
  }

  private static String yesNo(boolean yes) {
    return yes ? "Y" : "N";
  }
}
