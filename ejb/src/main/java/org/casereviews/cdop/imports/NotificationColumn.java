package org.casereviews.cdop.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a child-death import file, format v1, as named in its first line (in any order,
 * any case). Each knows how to speak of itself in a message, such as "the date of death".
 */
public enum NotificationColumn {
  SOURCE_SYSTEM(true, "the source system"),
  SOURCE_REF(true, "the source reference"),
  NHS_NUMBER(false, "the NHS number"),
  FAMILY_NAME(false, "the family name"),
  GIVEN_NAMES(false, "the given names"),
  SEX(true, "the sex"),
  DATE_OF_BIRTH(true, "the date of birth"),
  DATE_OF_DEATH(true, "the date of death"),
  PLACE_OF_DEATH(false, "the place of death"),
  POSTCODE(false, "the postcode"),
  ETHNICITY(false, "the ethnicity"),
  EXPECTED(false, "whether the death was expected"),
  LOOKED_AFTER(false, "whether the child was looked after"),
  NOTIFIED_ON(false, "the notification date");

  private final boolean required;
  private final String words;

  /** Asked for every value of every row: made once. */
  private final String header;

  NotificationColumn(boolean required, String words) {
    this.required = required;
    this.words = words;
    this.header = name().toLowerCase(Locale.ROOT);
  }

  /** The name in the file's first line, such as {@code date_of_death}. */
  public String header() {
    return header;
  }

  public boolean isRequired() {
    return required;
  }

  /** How a message speaks of the column, such as "the date of death". */
  public String words() {
    return words;
  }

  /** The required columns' names, in the order of format v1. */
  public static List<String> requiredHeaders() {
    return Arrays.stream(values())
        .filter(NotificationColumn::isRequired)
        .map(NotificationColumn::header)
        .toList();
  }

  /** The column with this name in a file's first line, ignoring case and surrounding spaces. */
  public static Optional<NotificationColumn> named(String header) {
    String wanted = header == null ? "" : header.strip();
    return Arrays.stream(values()).filter(c -> c.header().equalsIgnoreCase(wanted)).findFirst();
  }
}
