package org.casereviews.review;

import java.io.Serializable;
import java.util.List;

/**
 * What loading a review history file did: how many reviews it created, and the lines it did not.
 */
public record ImportReport(int loaded, List<RejectedRow> rejected) implements Serializable {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }
}
