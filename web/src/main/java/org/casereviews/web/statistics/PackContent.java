package org.casereviews.web.statistics;

import java.util.List;
import java.util.Objects;

/**
 * The whole pack: what goes on its title page and, in order, its sections.
 *
 * @param title the pack's title, on its first page and as the workbook's first line
 * @param subtitle a line under the title (e.g. the year covered), or {@code null} for none
 * @param sections the sections in the order they are printed
 */
public record PackContent(String title, String subtitle, List<PackSection> sections) {

  public PackContent {
    Objects.requireNonNull(title, "a pack needs a title");
    sections = List.copyOf(Objects.requireNonNull(sections, "a pack needs its list of sections"));
  }
}
