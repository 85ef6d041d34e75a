package org.casereviews.cdop.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casereviews.shared.BusinessException;

/**
 * The values of one notification by column, read as text, dates or codes. A value that cannot be
 * read is refused with a {@link BusinessException} whose field is the column's name. Messages quote
 * at most {@value #SHOWN} characters of what was typed, so that a huge value never makes a huge
 * message.
 */
final class NotificationValues {

  /** The most characters of a typed value a message repeats. */
  static final int SHOWN = 40;

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private static final DateTimeFormatter SPOKEN_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final Map<String, String> valuesByColumn;

  NotificationValues(Map<String, String> valuesByColumn) {
    this.valuesByColumn = valuesByColumn;
  }

  /** The value without surrounding spaces, or null when it is empty or not given. */
  String text(NotificationColumn column) {
    String value = valuesByColumn.get(column.header());
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value, refused when it is longer than {@code max} characters. */
  String text(NotificationColumn column, int max) {
    String value = text(column);
    if (value != null && value.length() > max) {
      throw refused(
          column,
          capitalised(column.words())
              + " can be at most "
              + max
              + " characters; this one has "
              + value.length()
              + ".");
    }
    return value;
  }

  /** The value, refused when it is empty ({@code missing} says what to enter) or too long. */
  String required(NotificationColumn column, int max, String missing) {
    String value = text(column, max);
    if (value == null) {
      throw refused(column, capitalised(column.words()) + " is empty: " + missing);
    }
    return value;
  }

  /** The date, written yyyy-MM-dd or dd/MM/yyyy; a day that does not exist is refused. */
  LocalDate date(NotificationColumn column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    // the format its shape names, so that a good date costs no failed parse (an exception a row)
    DateTimeFormatter format =
        value.length() == 10 && value.charAt(2) == '/' ? DATE_FORMATS.get(1) : DATE_FORMATS.get(0);
    try {
      return LocalDate.parse(value, format);
    } catch (DateTimeParseException notADate) {
      // refused below, with both formats named
    }
    throw refused(
        column,
        shown(value)
            + " is not a date for "
            + column.words()
            + ": write dates like 2019-03-31 or 31/03/2019, with a day that exists in that month.");
  }

  /**
   * The value read by {@code parse} from its capitals, or null when it is empty.
   *
   * @param allowed the codes allowed, for the officer, such as "Y (expected) or N (unexpected)"
   */
  <T> T code(NotificationColumn column, Function<String, Optional<T>> parse, String allowed) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return parse
        .apply(value.toUpperCase(Locale.ROOT))
        .orElseThrow(
            () ->
                refused(
                    column,
                    shown(value)
                        + " is not a code for "
                        + column.words()
                        + ": use "
                        + allowed
                        + "."));
  }

  /** A typed value to quote in a message: in quotes, cut after {@value #SHOWN} characters. */
  static String shown(String value) {
    String cut = value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value;
    return "'" + cut + "'";
  }

  /** The choices as a sentence lists them: "a, b or c". */
  static String oneOf(List<String> choices) {
    int last = choices.size() - 1;
    return last == 0
        ? choices.get(0)
        : String.join(", ", choices.subList(0, last)) + " or " + choices.get(last);
  }

  static String spoken(LocalDate date) {
    return SPOKEN_DATE.format(date);
  }

  static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static BusinessException refused(NotificationColumn column, String reason) {
    return new BusinessException(column.header(), reason);
  }
}
