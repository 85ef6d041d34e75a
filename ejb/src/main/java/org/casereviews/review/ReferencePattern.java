package org.casereviews.review;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partnership's format for review references, such as {@code SCP {fy}/{seq:2}} for "SCP
 * 2025-26/03". Placeholders: {@code {fy}} the financial year "2025-26"; {@code {start}} and {@code
 * {end}} its years "2025" and "2026"; {@code {start2}} and {@code {end2}} as two digits; {@code
 * {seq}} the number within the year, or {@code {seq:N}} padded with zeros to N digits. Everything
 * else is kept as written ({@code BDHR {start} {end2}/{seq:2}} gives "BDHR 2013 14/02").
 */
public final class ReferencePattern {

  public static final String DEFAULT = "SCP {fy}/{seq:2}";

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(fy|start|end|start2|end2|seq(?::(\\d))?)}");

  private final String pattern;

  public ReferencePattern(String pattern) {
    if (pattern == null || !pattern.contains("{seq")) {
      throw new IllegalArgumentException(
          "The review reference pattern must contain {seq} (the number within the year): "
              + pattern);
    }
    this.pattern = pattern;
  }

  /** The financial year (April to March) a date falls in, named by the year it starts. */
  public static int financialYear(LocalDate date) {
    return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
  }

  /**
   * The reference of the {@code number}th review of the financial year starting in {@code year}.
   */
  public String format(int year, int number) {
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value =
          switch (matcher.group(1)) {
            case "fy" -> year + "-" + twoDigits(year + 1);
            case "start" -> Integer.toString(year);
            case "end" -> Integer.toString(year + 1);
            case "start2" -> twoDigits(year);
            case "end2" -> twoDigits(year + 1);
            default -> padded(number, matcher.group(2));
          };
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String twoDigits(int year) {
    return String.format("%02d", year % 100);
  }

  private static String padded(int number, String width) {
    return width == null ? Integer.toString(number) : String.format("%0" + width + "d", number);
  }
}
