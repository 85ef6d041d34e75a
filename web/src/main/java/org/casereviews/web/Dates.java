package org.casereviews.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows instants the way people in the partnership read them: UK time, day month year. */
@Named
@ApplicationScoped
public class Dates {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK).withZone(UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(UK);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** For pages: {@code #{dates.show(user.lastLoginAt)}}. */
  public String show(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** A date: {@code 31 Dec 2024}. */
  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /** A date as the public pages write it: {@code 12 December 2017}. */
  public static String longDay(LocalDate date) {
    return date == null ? "" : LONG_DAY.format(date);
  }

  /** For pages: {@code #{dates.full(review.publishedOn)}} gives {@code 12 December 2017}. */
  public String full(LocalDate date) {
    return longDay(date);
  }

  /** A date with its weekday, for deadlines: {@code Tue 31 Dec 2024}. */
  public String weekday(LocalDate date) {
    return date == null ? "" : WEEKDAY.format(date);
  }
}
