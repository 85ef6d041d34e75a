package org.casereviews.cdop;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Format-v1 files for the import tests: a header and rows built from values, with NHS numbers and
 * source references that no other test uses.
 */
final class ChildDeathFiles {

  static final String HEADER =
      "source_system,source_ref,nhs_number,family_name,given_names,sex,date_of_birth,"
          + "date_of_death,place_of_death,postcode,ethnicity,expected,looked_after,notified_on";

  private final StringBuilder text = new StringBuilder(HEADER).append('\n');

  /** A reference unique to this run, such as {@code T3f2a9c-1}. */
  static String ref(String tag, int n) {
    return tag + "-" + n;
  }

  static String tag() {
    return "T" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid NHS number no other test has (random, with its modulus-11 check digit). */
  static String nhsNumber() {
    while (true) {
      int[] digits = new int[9];
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        digits[i] = ThreadLocalRandom.current().nextInt(10);
        sum += digits[i] * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      StringBuilder number = new StringBuilder();
      for (int digit : digits) {
        number.append(digit);
      }
      return number.append(check == 11 ? 0 : check).toString();
    }
  }

  /**
   * A date of birth no other test uses: a random day of 2000 to 2008. The children of {@link #many}
   * are born from 2010 on, with every age up to 2,000 days: a birthday among theirs would give a
   * test's child the dates of birth and death of one of theirs now and then, and a possible match
   * the test did not expect.
   */
  static LocalDate birthday() {
    return LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3288));
  }

  ChildDeathFiles row(String... values) {
    text.append(String.join(",", values)).append('\n');
    return this;
  }

  /** A whole row of the header's columns. */
  ChildDeathFiles row(
      String system,
      String ref,
      String nhs,
      LocalDate born,
      LocalDate died,
      String postcode,
      String expected) {
    return row(
        system,
        ref,
        nhs == null ? "" : nhs,
        "Smith",
        "Alex",
        "F",
        born.toString(),
        died.toString(),
        "HOSPITAL",
        postcode == null ? "" : postcode,
        "A",
        expected,
        "N",
        died.plusDays(1).toString());
  }

  /**
   * {@code count} rows of as many children, one notification each, with references {@code tag-1} to
   * {@code tag-count}, NHS numbers, and deaths spread over ten years.
   */
  static ChildDeathFiles many(String tag, int count) {
    ChildDeathFiles file = new ChildDeathFiles();
    // the last death, 3,649 + 2,000 days on, falls in 2025: no row is refused as in the future
    LocalDate first = LocalDate.of(2010, 1, 1);
    for (int n = 1; n <= count; n++) {
      LocalDate born = first.plusDays(n % 3650);
      file.row("HOSPITAL", ref(tag, n), nhsNumber(), born, born.plusDays(1 + n % 2000), null, "Y");
    }
    return file;
  }

  byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
