package org.casereviews.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casereviews.shared.BusinessException;

/**
 * The values of one line of a review history file, by column, read as text, dates, choices from a
 * list or lists of codes. A value that cannot be read is refused with a {@link BusinessException}
 * whose field is the column's name.
 */
final class HistoryLine {

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private final Map<HistoryColumn, String> values;

  HistoryLine(Map<HistoryColumn, String> values) {
    this.values = values;
  }

  /** The value without surrounding spaces, or null when it is empty or the file has no column. */
  String text(HistoryColumn column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The value, refused when it is longer than {@code max} characters. */
  String text(HistoryColumn column, int max, String what) {
    String value = text(column);
    if (value != null && value.length() > max) {
      throw refused(
          column,
          what + " can be at most " + max + " characters; this one has " + value.length() + ".");
    }
    return value;
  }

  /** The value, refused when it is empty ({@code missing} says what to enter) or too long. */
  String required(HistoryColumn column, int max, String what, String missing) {
    String value = text(column, max, what);
    if (value == null) {
      throw refused(column, missing);
    }
    return value;
  }

  LocalDate date(HistoryColumn column) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException notThisFormat) {
        // try the next format
      }
    }
    throw refused(
        column, "'" + value + "' is not a date. Write dates like 2019-03-31 or 31/03/2019.");
  }

  /**
   * The value read by {@code parse}, or null when it is empty.
   *
   * @param refusal what to tell the officer when {@code parse} does not know the value
   */
  <T> T choice(
      HistoryColumn column, Function<String, Optional<T>> parse, Supplier<String> refusal) {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return parse
        .apply(value)
        .orElseThrow(() -> refused(column, "'" + value + "' " + refusal.get()));
  }

  /** Codes separated by semicolons, in capitals, each once; empty when the value is empty. */
  List<String> codes(HistoryColumn column) {
    String value = text(column);
    List<String> codes = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(";")) {
        String code = part.strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  static BusinessException refused(HistoryColumn column, String reason) {
    return new BusinessException(column == null ? null : column.header(), reason);
  }
}
