package org.casereviews.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditSearch;
import org.casereviews.it.Refusals;
import org.casereviews.it.RunAs;
import org.casereviews.review.ReviewTheme;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reference lists: seeded, read by every role, changed only by administrators, every change
 * audited.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

  @EJB private ReferenceDataService referenceData;

  @EJB private AuditSearch audit;

  @EJB private RunAs.Admin admin;

  @Test
  void themesOfTheDomainAreSeeded() {
    assertTrue(
        admin.call(() -> referenceData.list(ReviewTheme.class)).stream()
            .anyMatch(theme -> theme.getName().equals("Bruising in non-mobile infants")));
  }

  @Test
  void callerWithoutTheRoleCannotAddATheme() {
    Refusals.expectDenied(
        () -> referenceData.create(ReviewTheme.class, "ANONYMOUS_THEME", "Not allowed"));
  }

  @Test
  void renameAndRetireAreAuditedAndRetiredThemesAreNotOffered() {
    String code = "THEME_" + System.nanoTime();
    ReviewTheme theme =
        admin.call(() -> referenceData.create(ReviewTheme.class, code, "Theme " + code));

    admin.call(
        () ->
            referenceData.rename(
                ReviewTheme.class, theme.getId(), theme.getVersion(), "Renamed " + code));
    admin.call(() -> referenceData.setActive(ReviewTheme.class, theme.getId(), false));

    assertFalse(
        admin.call(() -> referenceData.listActive(ReviewTheme.class)).stream()
            .anyMatch(t -> t.getCode().equals(code)));
    long changes =
        admin.call(
            () ->
                audit.count(
                    new AuditCriteria(
                        null, null, "ReviewTheme", theme.getId().toString(), null, null)));
    assertEquals(3, changes);
  }

  @Test
  void nameAlreadyUsedIsAConflict() {
    Refusals.expect(
        ConflictException.class,
        () ->
            admin.call(() -> referenceData.create(ReviewTheme.class, "NEGLECT_AGAIN", "neglect")));
  }
}
