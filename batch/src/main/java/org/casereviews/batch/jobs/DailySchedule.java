package org.casereviews.batch.jobs;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.casereviews.shared.Today;

/** A job's daily time from its configuration ({@code HH:mm} in English time, or {@code off}). */
public final class DailySchedule {

  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private DailySchedule() {}

  /**
   * The time of day of a schedule value, or empty for {@code off}.
   *
   * @throws IllegalArgumentException naming the key, the value and what to write instead
   */
  public static Optional<LocalTime> dailyTime(String key, String value, String what) {
    String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("off")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text, TIME));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          key
              + " is '"
              + value
              + "': give a time of day such as 06:30, or off. "
              + what
              + " not scheduled.",
          e);
    }
  }

  /** Every day at {@code time}, English time. */
  public static ScheduleExpression expression(LocalTime time) {
    return new ScheduleExpression()
        .hour(time.getHour())
        .minute(time.getMinute())
        .second(0)
        .timezone(Today.ENGLAND.getId());
  }
}
