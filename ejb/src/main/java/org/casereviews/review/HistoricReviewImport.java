package org.casereviews.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casereviews.agency.Agency;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.operations.OperationsMetrics;
import org.casereviews.operations.RowsImported;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ReferenceItem;
import org.casereviews.shared.Today;

/**
 * Loads a partnership's past reviews from a CSV file (see {@link ReviewHistoryFile} and the
 * README's "Importing review history"). Every good line becomes a review, marked as imported, with
 * its reference kept as written and one status change recorded; every bad line is reported with its
 * line number and reason while the good ones load. A file that is not a review history file at all
 * loads nothing.
 */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class HistoricReviewImport {

  static final String TRANSITION_REASON = "Imported from history";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Event<RowsImported> imported;

  /**
   * @throws BusinessException about the field "file" when the file is not CSV or lacks a required
   *     column
   */
  public ImportReport load(@NotNull Reader csv) {
    Map<String, ReviewTheme> themes = byCode(ReviewTheme.class);
    Map<String, Agency> agencies = byCode(Agency.class);
    Set<String> taken = takenReferences();
    HistoryContext context =
        new HistoryContext(
            Today.inEngland(),
            themes.keySet(),
            agencies.keySet(),
            reference -> taken.contains(reference.toLowerCase(Locale.ROOT)));
    ReviewHistoryFile.Result read = new ReviewHistoryFile(context).read(csv);
    Instant now = Instant.now();
    String by = audit.callerName();
    for (HistoricReview row : read.reviews()) {
      Review review = toReview(row, now, by);
      review.setThemes(found(row.themeCodes(), themes));
      review.setAgencies(found(row.agencyCodes(), agencies));
      em.persist(review);
      em.persist(
          new ReviewTransition(
              review, null, review.getStatus(), review.getOpenedOn(), now, by, TRANSITION_REASON));
      audit.record(AuditAction.CREATE, ReviewService.RECORD_TYPE, review.getId(), "imported");
    }
    em.flush();
    imported.fire(
        new RowsImported(
            OperationsMetrics.REVIEW_HISTORY, read.reviews().size(), read.rejected().size()));
    return new ImportReport(read.reviews().size(), read.rejected());
  }

  private static Review toReview(HistoricReview row, Instant now, String by) {
    Review review =
        new Review(
            row.reference(),
            row.type(),
            row.pseudonym(),
            row.category(),
            row.status(),
            row.openedOn(),
            true,
            now,
            by);
    review.setPanelDecision(row.panelDecision());
    review.setWorkingTogether(row.workingTogether());
    review.setDates(row.dates());
    review.setLeadReviewer(row.leadReviewer());
    review.setSummary(row.summary());
    review.setCaseOfficer(null);
    return review;
  }

  private <T extends ReferenceItem> Map<String, T> byCode(Class<T> type) {
    return em.createQuery("select r from " + type.getSimpleName() + " r", type)
        .getResultStream()
        .collect(Collectors.toMap(ReferenceItem::getCode, Function.identity()));
  }

  private Set<String> takenReferences() {
    List<String> references =
        em.createQuery("select r.reference from Review r", String.class).getResultList();
    Set<String> taken = new HashSet<>();
    references.forEach(reference -> taken.add(reference.toLowerCase(Locale.ROOT)));
    return taken;
  }

  private static <T> Set<T> found(List<String> codes, Map<String, T> byCode) {
    Set<T> found = new LinkedHashSet<>();
    codes.forEach(code -> found.add(byCode.get(code)));
    return found;
  }
}
