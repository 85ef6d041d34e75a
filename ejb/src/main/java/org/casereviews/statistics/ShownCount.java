package org.casereviews.statistics;

import java.io.Serializable;

/**
 * A count as it may be shown: the number, or (when it is suppressed) no number and text: "&lt;5"
 * for a small count, "[c]" for one hidden so that a total does not give a small one away.
 */
public record ShownCount(Long count, String text) implements Serializable {

  static ShownCount of(long count) {
    return new ShownCount(count, String.valueOf(count));
  }

  /** The text of a count hidden to protect a small one. */
  public static final String WITHHELD = "[c]";

  static ShownCount small(int threshold) {
    return new ShownCount(null, "<" + threshold);
  }

  static ShownCount withheld() {
    return new ShownCount(null, WITHHELD);
  }

  public boolean isSuppressed() {
    return count == null;
  }
}
