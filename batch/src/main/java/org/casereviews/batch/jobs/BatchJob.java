package org.casereviews.batch.jobs;

import java.io.Serializable;
import java.util.Objects;

/**
 * A batch job an administrator may start by hand: its id (the name of its XML file under {@code
 * META-INF/batch-jobs}), the label the screens show and one sentence saying what a run does.
 */
public record BatchJob(String id, String label, String description) implements Serializable {

  public BatchJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
  }
}
