package org.casereviews.web.statistics;

import java.util.List;
import java.util.Objects;

/**
 * One section: a heading, paragraphs of plain text, then optionally a chart and/or a table.
 *
 * @param heading the section's heading; in the workbook it also names the section's sheet
 * @param paragraphs plain text, one paragraph each; {@code null} is taken as none
 * @param chart a chart printed after the paragraphs, or {@code null}
 * @param table a table printed after the chart, or {@code null}
 */
public record PackSection(
    String heading, List<String> paragraphs, PackChart chart, PackTable table) {

  public PackSection {
    Objects.requireNonNull(heading, "a section needs a heading");
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }
}
