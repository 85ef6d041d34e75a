package org.casereviews.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casereviews.publication.StoredFile;
import org.junit.jupiter.api.Test;

class StoredFilesTest {

  @Test
  void aPdfOpensInTheBrowserAndOtherFilesAreSavedWithTheirNameInAsciiAndUtf8() {
    StoredFile pdf = new StoredFile(1, 2, "Rapport \"Élodie\".pdf", "application/pdf", 10, 1);
    StoredFile slides =
        new StoredFile(
            1,
            3,
            "slides.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            10,
            1);

    assertEquals(
        "inline; filename=\"Rapport _lodie.pdf\"; filename*=UTF-8''Rapport%20%C3%89lodie.pdf",
        StoredFiles.disposition(pdf));
    assertEquals(
        "attachment; filename=\"slides.pptx\"; filename*=UTF-8''slides.pptx",
        StoredFiles.disposition(slides));
  }
}
