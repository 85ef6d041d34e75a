package org.casereviews.cdop.imports;

import static org.casereviews.cdop.imports.NotificationColumn.DATE_OF_BIRTH;
import static org.casereviews.cdop.imports.NotificationColumn.DATE_OF_DEATH;
import static org.casereviews.cdop.imports.NotificationColumn.NOTIFIED_ON;
import static org.casereviews.cdop.imports.NotificationValues.capitalised;
import static org.casereviews.cdop.imports.NotificationValues.refused;
import static org.casereviews.cdop.imports.NotificationValues.spoken;

import java.time.LocalDate;
import java.time.Month;

/**
 * The rules on the dates of a notification: none in the future, the death on or after the birth and
 * before the child's 18th birthday (the Panel reviews the deaths of children only), and the sender
 * learning of the death on or after it.
 */
final class ChildDates {

  /** The age from which a death is no longer a child death. */
  static final int ADULT_AGE = 18;

  private static final String CHECK = ": check it against the record it came from.";

  private final LocalDate today;

  ChildDates(LocalDate today) {
    this.today = today;
  }

  LocalDate birth(NotificationValues values) {
    LocalDate birth = required(values, DATE_OF_BIRTH);
    notInTheFuture(DATE_OF_BIRTH, birth);
    return birth;
  }

  LocalDate death(NotificationValues values, LocalDate birth) {
    LocalDate death = required(values, DATE_OF_DEATH);
    notInTheFuture(DATE_OF_DEATH, death);
    if (death.isBefore(birth)) {
      throw refused(
          DATE_OF_DEATH,
          "The date of death "
              + spoken(death)
              + " is before the date of birth "
              + spoken(birth)
              + ": check both against the record they came from.");
    }
    LocalDate adult = eighteenthBirthday(birth);
    if (!death.isBefore(adult)) {
      throw refused(
          DATE_OF_DEATH,
          "The child was 18 on "
              + spoken(adult)
              + ", on or before the date of death "
              + spoken(death)
              + ": the Child Death Overview Panel reviews the deaths of children under 18 only."
              + " Check the dates of birth and death.");
    }
    return death;
  }

  LocalDate notified(NotificationValues values, LocalDate death) {
    LocalDate notified = values.date(NOTIFIED_ON);
    if (notified == null) {
      return null;
    }
    notInTheFuture(NOTIFIED_ON, notified);
    if (notified.isBefore(death)) {
      throw refused(
          NOTIFIED_ON,
          "The sender cannot have learnt of the death on "
              + spoken(notified)
              + ", before the date of death "
              + spoken(death)
              + ": check both dates.");
    }
    return notified;
  }

  /**
   * The day the child turns 18. A child born on 29 February turns 18 on 1 March when the 18th year
   * is not a leap year, as English law counts it, and not on 28 February.
   */
  static LocalDate eighteenthBirthday(LocalDate birth) {
    LocalDate birthday = birth.plusYears(ADULT_AGE);
    boolean leapDay = birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29;
    return leapDay && birthday.getDayOfMonth() == 28 ? birthday.plusDays(1) : birthday;
  }

  private static LocalDate required(NotificationValues values, NotificationColumn column) {
    LocalDate date = values.date(column);
    if (date == null) {
      throw refused(
          column,
          capitalised(column.words()) + " is empty: give it like 2019-03-31 or 31/03/2019.");
    }
    return date;
  }

  private void notInTheFuture(NotificationColumn column, LocalDate date) {
    if (date.isAfter(today)) {
      throw refused(
          column, capitalised(column.words()) + " " + spoken(date) + " is in the future" + CHECK);
    }
  }
}
