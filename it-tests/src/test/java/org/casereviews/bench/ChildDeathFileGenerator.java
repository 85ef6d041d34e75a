package org.casereviews.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a child-death import file, format v1, of a given number of rows, a row at a time (the file
 * is never held in memory). The same seed, size and share of bad rows give the same file, byte for
 * byte: every choice comes from one seeded {@link SplittableRandom}, and no date depends on the day
 * it runs (every date is on or before {@link #LATEST}).
 *
 * <p>The rows are a realistic mix: one notification per child mostly, two or three from different
 * source systems for some children (the same NHS number, dates and postcode, so that the import
 * puts them onto one record); valid NHS numbers (modulus 11) on most rows, sometimes written with
 * spaces; postcodes written as people type them; dates in both formats of the format; neonatal
 * deaths as often as in real data. A chosen share of rows is bad, each in one of several ways (an
 * impossible date, a wrong check digit, unknown codes, a death in the future or after the child's
 * 18th birthday, a death before the birth, a bad postcode, no reference): each is rejected alone.
 *
 * <p>A revision of a file ({@code revision} above 0) has the same rows, keys and children, with the
 * given names of every row changed: sent after the first, every notification in it is a real
 * update.
 */
final class ChildDeathFileGenerator {

  /** No date in a generated file is after this day. */
  static final LocalDate LATEST = LocalDate.of(2026, 6, 30);

  static final String HEADER =
      "source_system,source_ref,nhs_number,family_name,given_names,sex,date_of_birth,"
          + "date_of_death,place_of_death,postcode,ethnicity,expected,looked_after,notified_on";

  private static final String[] SYSTEMS = {"REGISTRAR", "HOSPITAL", "POLICE", "CSC", "GP"};
  private static final String[] FAMILY = {
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Khan",
    "Patel",
    "Begum",
    "Ali",
    "O'Brien",
    "Nowak",
    "Okafor",
    "Murphy",
    "Hughes",
    "Price-Walker",
    "Singh",
    "Ahmed",
    "Clarke",
    "Wright",
    "Kowalski",
    "Mensah"
  };
  private static final String[] GIVEN = {
    "Olivia", "Amelia", "Isla", "Ava", "Noah", "Oliver", "George", "Muhammad", "Leo", "Harry",
    "Lily", "Freya", "Aisha", "Jack", "Zara", "Oscar", "Maya", "Theo", "Ruby", "Ibrahim"
  };
  private static final String[] AREAS = {
    "B", "LS", "M", "SW1A", "E", "N", "NW", "BS", "CV", "WV", "L", "S", "NE", "CF", "G"
  };
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String[] PLACES = {
    "HOSPITAL",
    "HOSPITAL",
    "HOSPITAL",
    "HOME",
    "HOME",
    "OTHER_RESIDENCE",
    "HOSPICE",
    "PUBLIC_PLACE",
    "OTHER",
    ""
  };
  private static final String[] ETHNICITIES = {
    "A", "A", "A", "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S",
    "Z", ""
  };
  private static final String[] EXPECTED = {"Y", "Y", "N", "N", "U", ""};
  private static final String[] LOOKED_AFTER = {"N", "N", "N", "N", "Y", ""};

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** NHS numbers: the child's index times this (prime to 900,000,000) gives distinct numbers. */
  private static final long SPREAD = 7919;

  private final SplittableRandom random;
  private final double badShare;
  private final int revision;
  private long rowIndex;
  private long bad;

  /**
   * @param seed the same seed gives the same file
   * @param badShare the share of rows, 0 to 1, made bad on purpose
   */
  ChildDeathFileGenerator(long seed, double badShare) {
    this(seed, badShare, 0);
  }

  /**
   * @param revision 0 for the file itself; above 0, the same file with every row's given names
   *     changed
   */
  ChildDeathFileGenerator(long seed, double badShare, int revision) {
    this.random = new SplittableRandom(seed);
    this.badShare = badShare;
    this.revision = revision;
  }

  /** What was written: the rows, and how many of them are bad on purpose. */
  record Written(long rows, long bad, long bytes) {}

  /** Writes a file of {@code rows} rows (the header aside) to {@code file}. */
  Written write(Path file, long rows) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(HEADER);
      out.write('\n');
      for (long child = 0; rowIndex < rows; child++) {
        for (String[] row : notificationsOfOneChild(child)) {
          if (rowIndex >= rows) {
            break;
          }
          rowIndex++;
          if (random.nextDouble() < badShare) {
            spoil(row);
            bad++;
          }
          writeRow(out, row);
        }
      }
    }
    return new Written(rowIndex, bad, Files.size(file));
  }

  /** One to three notifications of one child, from different source systems. */
  private List<String[]> notificationsOfOneChild(long child) {
    double many = random.nextDouble();
    int count = many < 0.70 ? 1 : many < 0.92 ? 2 : 3;
    LocalDate death = LATEST.minusDays(random.nextInt(15 * 365));
    LocalDate birth = death.minusDays(ageInDays());
    String nhs = random.nextDouble() < 0.92 ? nhsNumber(child) : null;
    String postcode = random.nextDouble() < 0.85 ? postcode() : null;
    String family = FAMILY[random.nextInt(FAMILY.length)];
    String given = GIVEN[random.nextInt(GIVEN.length)];
    String sex = sex();
    String place = pick(PLACES);
    String ethnicity = pick(ETHNICITIES);
    String expected = pick(EXPECTED);
    String lookedAfter = pick(LOOKED_AFTER);
    int first = random.nextInt(SYSTEMS.length);
    List<String[]> rows = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      String system = SYSTEMS[(first + n) % SYSTEMS.length];
      LocalDate notified = death.plusDays(random.nextInt(30));
      rows.add(
          new String[] {
            random.nextInt(20) == 0 ? system.toLowerCase() : system,
            system.substring(0, Math.min(3, system.length()))
                + "-"
                + (1_000_000_000L + rowIndex + n),
            // some sources leave the NHS number out, some write it with spaces
            nhs == null || random.nextInt(10) == 0 ? "" : written(nhs),
            random.nextInt(8) == 0 ? "" : family,
            revised(random.nextInt(8) == 0 ? "" : given),
            sex,
            date(birth),
            date(death),
            place,
            postcode == null || random.nextInt(10) == 0 ? "" : typed(postcode),
            ethnicity,
            expected,
            lookedAfter,
            random.nextInt(4) == 0 || notified.isAfter(LATEST) ? "" : date(notified)
          });
    }
    return rows;
  }

  /** The given names of a row in this revision of the file (none taken from the random source). */
  private String revised(String given) {
    return revision == 0
        ? given
        : (given.isEmpty() ? "Sam" : given) + " " + GIVEN[revision % GIVEN.length];
  }

  /** Neonatal deaths (under 28 days) are about a third of child deaths, infants another fifth. */
  private long ageInDays() {
    double band = random.nextDouble();
    if (band < 0.35) {
      return random.nextInt(28);
    }
    if (band < 0.55) {
      return 28 + random.nextInt(337);
    }
    return 365 + random.nextInt(17 * 365 - 1);
  }

  private String sex() {
    int n = random.nextInt(200);
    return n < 98 ? "M" : n < 196 ? "F" : n < 197 ? "I" : "U";
  }

  /** A distinct, valid NHS number for each child. */
  static String nhsNumber(long child) {
    for (long k = child; ; k += 1_000_003) {
      String nine = Long.toString(100_000_000L + Math.floorMod(k * SPREAD, 900_000_000L));
      int check = checkDigit(nine);
      if (check < 10) {
        return nine + check;
      }
    }
  }

  /** The modulus-11 check digit of nine digits; 10 when no number can end them. */
  static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  private String written(String nhs) {
    return random.nextInt(4) == 0
        ? nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6)
        : nhs;
  }

  private String postcode() {
    String area = AREAS[random.nextInt(AREAS.length)];
    String outward = area.length() == 4 ? area : area + (1 + random.nextInt(20));
    return outward
        + " "
        + random.nextInt(10)
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
  }

  /** As people type postcodes: mostly right, some in lower case or without the space. */
  private String typed(String postcode) {
    int n = random.nextInt(10);
    return n == 0 ? postcode.toLowerCase() : n == 1 ? postcode.replace(" ", "") : postcode;
  }

  private String date(LocalDate day) {
    return (random.nextInt(5) == 0 ? UK : ISO).format(day);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Makes the row bad in one way. */
  private void spoil(String[] row) {
    switch (random.nextInt(10)) {
      case 0 -> row[6] = "31/02/2015";
      case 1 -> row[2] = wrongCheckDigit(row[2].isEmpty() ? nhsNumber(rowIndex) : row[2]);
      case 2 -> row[8] = "MOON";
      case 3 -> row[5] = "X";
      case 4 -> row[10] = "Q";
      case 5 -> row[7] = "2099-01-01";
      case 6 -> {
        row[6] = "2001-01-01";
        row[7] = "2020-06-01";
      }
      case 7 -> {
        row[6] = "2020-06-02";
        row[7] = "2020-06-01";
      }
      case 8 -> row[9] = "ZZZ 123";
      default -> row[1] = "";
    }
    if (row[13].compareTo("") != 0) {
      // a notified_on before a changed death would be a second fault: the row has one
      row[13] = "";
    }
  }

  private static String wrongCheckDigit(String nhs) {
    String digits = nhs.replace(" ", "");
    char last = digits.charAt(9);
    return digits.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private static void writeRow(Writer out, String[] row) throws IOException {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      String value = row[i];
      if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(value);
      }
    }
    out.write('\n');
  }
}
