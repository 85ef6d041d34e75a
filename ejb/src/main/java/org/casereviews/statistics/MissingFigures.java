package org.casereviews.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casereviews.shared.BusinessException;

/**
 * What a figure lacks: the reference data it needs for every year of its span. A comparison made
 * with a year missing would quietly be wrong, so it is refused with what to load.
 */
final class MissingFigures {

  private final Span span;
  private final List<String> missing = new ArrayList<>();

  MissingFigures(Span span) {
    this.span = span;
  }

  /** Notes the years of the span {@code figures} has no value for. */
  MissingFigures need(Map<Integer, Long> figures, String what) {
    List<String> years =
        span.years().stream().filter(y -> !figures.containsKey(y)).map(String::valueOf).toList();
    if (!years.isEmpty()) {
      missing.add(what + " for " + listed(years));
    }
    return this;
  }

  /**
   * @throws BusinessException listing what is missing, when anything is
   */
  void check() {
    if (!missing.isEmpty()) {
      throw new BusinessException(
          "The figures for "
              + span.label()
              + " cannot be compared yet. Missing: "
              + String.join("; ", missing)
              + ". Load them on the Statistics reference data page, or choose other years.");
    }
  }

  /** "2015", "2015 and 2016", "2015, 2016 and 2017". */
  static String listed(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
