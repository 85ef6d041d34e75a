package org.casereviews.statistics;

import java.io.Serializable;

/**
 * A count as it may be shown: the number, or (when it is suppressed) no number and text such as
 * "&lt;5".
 */
public record ShownCount(Long count, String text) implements Serializable {

  static ShownCount of(long count) {
    return new ShownCount(count, String.valueOf(count));
  }

  static ShownCount hidden(int threshold) {
    return new ShownCount(null, "<" + threshold);
  }

  public boolean isSuppressed() {
    return count == null;
  }
}
