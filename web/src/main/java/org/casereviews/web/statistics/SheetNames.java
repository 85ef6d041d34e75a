package org.casereviews.web.statistics;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns headings into names Excel accepts for its sheets: at most 31 characters, none of {@code
 * []:*?/\}, no apostrophe at either end, not "History", and no two alike (Excel ignores case when
 * it compares them). Brackets become parentheses, a colon a dash, a slash a hyphen, so "Deaths /
 * injuries [2024]: what?" reads "Deaths - injuries (2024) - what". A clash gets " (2)", " (3)"… at
 * its end.
 */
final class SheetNames {

  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  SheetNames(String... reserved) {
    for (String name : reserved) {
      taken.add(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A valid name for the heading's sheet, different from every name given out before. */
  String forHeading(String heading) {
    String base = clean(heading);
    String name = base;
    for (int copy = 2; taken.contains(name.toLowerCase(Locale.ROOT)); copy++) {
      String suffix = " (" + copy + ")";
      name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static String clean(String heading) {
    String name =
        heading
            .replace('[', '(')
            .replace(']', ')')
            .replace(":", " -")
            .replaceAll("[*?]", "")
            .replaceAll("[/\\\\]", "-")
            .replaceAll("\\s+", " ")
            .strip();
    name = cut(name.replaceAll("^'+|'+$", ""), MAX_LENGTH);
    name = name.replaceAll("'+$", "").strip();
    if (name.isEmpty()) {
      return "Section";
    }
    return name.equalsIgnoreCase("History") ? name + " (section)" : name;
  }

  private static String cut(String name, int length) {
    return name.length() <= length ? name : name.substring(0, length).strip();
  }
}
