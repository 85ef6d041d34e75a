package org.casereviews.batch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JobCatalogueTest {

  @Test
  void everyJobHasItsOwnIdALabelAndASentence() {
    Set<String> ids = JobCatalogue.all().stream().map(BatchJob::id).collect(Collectors.toSet());

    assertEquals(JobCatalogue.all().size(), ids.size(), "ids are unique");
    JobCatalogue.all()
        .forEach(
            job -> {
              assertTrue(!job.label().isBlank(), job.id());
              assertTrue(job.description().endsWith("."), job.id() + ": one sentence");
            });
  }

  @Test
  void theActionRemindersAreInTheCatalogue() {
    assertEquals("Action reminders", JobCatalogue.labelOf("action-reminders"));
    assertTrue(JobCatalogue.find("action-reminders").isPresent());
  }

  @Test
  void aJobOutsideTheCatalogueIsShownByItsId() {
    assertEquals("old-job", JobCatalogue.labelOf("old-job"));
    assertTrue(JobCatalogue.find("old-job").isEmpty());
  }
}
