package org.casereviews.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.casereviews.shared.BusinessException;

/** The calendar years a figure covers, from {@code from} to {@code to} inclusive. */
public record Span(int from, int to) implements Serializable {

  /** The longest span a figure may cover. */
  static final int MOST_YEARS = 50;

  /** The span a figure covers unless the user chooses another: ten years. */
  static final int DEFAULT_YEARS = 10;

  /**
   * @throws BusinessException about "from" or "to" when the years are out of order, before {@value
   *     ReferenceFiles#FIRST_YEAR} or more than {@value #MOST_YEARS} years apart
   */
  public Span {
    if (from < ReferenceFiles.FIRST_YEAR) {
      throw new BusinessException(
          "from", "Give a first year from " + ReferenceFiles.FIRST_YEAR + ", not " + from + ".");
    }
    if (to < from) {
      throw new BusinessException(
          "to", "The last year (" + to + ") comes before the first (" + from + ").");
    }
    if (to - from >= MOST_YEARS) {
      throw new BusinessException(
          "to", "Choose at most " + MOST_YEARS + " years: " + from + " to " + to + " is more.");
    }
  }

  /** The ten years to this one, or the years given where one or both are given. */
  public static Span orDefault(Integer from, Integer to, LocalDate today) {
    int last = to != null ? to : from != null ? Math.max(from, today.getYear()) : today.getYear();
    int first = from != null ? from : last - DEFAULT_YEARS + 1;
    return new Span(first, last);
  }

  public List<Integer> years() {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  public int length() {
    return to - from + 1;
  }

  /** The first day of the span. */
  LocalDate start() {
    return LocalDate.of(from, 1, 1);
  }

  /** The last day of the span. */
  LocalDate end() {
    return LocalDate.of(to, 12, 31);
  }

  /** "2015 to 2024", or "2024" for one year. */
  public String label() {
    return from == to ? String.valueOf(from) : from + " to " + to;
  }
}
