package org.casereviews.batch.jobs;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
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

  /**
   * The run a daily timer at {@code time} fires for when it fires at {@code now}: that time on the
   * English day whose firing is nearest. Every instance names the same run while their clocks are
   * less than twelve hours apart, whether a clock is a little ahead at midnight or behind. On the
   * day the clocks go back an hour, a time that happens twice is one run.
   */
  public static LocalDateTime slotNear(LocalTime time, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Today.ENGLAND);
    return today
        .minusDays(1)
        .datesUntil(today.plusDays(2))
        .map(day -> LocalDateTime.of(day, time))
        .min(Comparator.comparing(slot -> distance(slot, now)))
        .orElseThrow();
  }

  /** How far {@code now} is from the slot's firing, in whichever direction. */
  private static Duration distance(LocalDateTime slot, Instant now) {
    return Duration.between(slot.atZone(Today.ENGLAND).toInstant(), now).abs();
  }
}
