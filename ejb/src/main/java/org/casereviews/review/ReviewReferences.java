package org.casereviews.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;

/**
 * Gives out the next reference of a financial year in the partnership's format. The year's counter
 * row is locked until the transaction ends, so two officers never get the same number; numbers
 * already taken (by references imported from history) are skipped.
 */
final class ReviewReferences {

  private final EntityManager em;
  private final ReferencePattern pattern;

  ReviewReferences(EntityManager em, String pattern) {
    this.em = em;
    this.pattern = new ReferencePattern(pattern);
  }

  String next(LocalDate on) {
    int year = ReferencePattern.financialYear(on);
    ReferenceCounter counter =
        em.find(ReferenceCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      counter = new ReferenceCounter(year);
      em.persist(counter);
      em.flush();
    }
    String reference;
    do {
      reference = pattern.format(year, counter.next());
    } while (taken(reference));
    return reference;
  }

  private boolean taken(String reference) {
    return em.createQuery(
                "select count(r) from Review r where r.reference = :reference", Long.class)
            .setParameter("reference", reference)
            .getSingleResult()
        > 0;
  }
}
