package org.casereviews.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import org.casereviews.review.ReviewMoved;
import org.casereviews.review.ReviewStatus;

/**
 * A review archived by hand (rather than by the nightly archive) loses its public documents in the
 * same way, in the same transaction: those of the kinds that do not stay public are withdrawn.
 */
@ApplicationScoped
public class DocumentWithdrawal {

  @PersistenceContext private EntityManager em;

  @Inject private ArchiveService archive;

  void onMoved(@Observes ReviewMoved moved) {
    if (moved.to() != ReviewStatus.ARCHIVED) {
      return;
    }
    em.createNativeQuery(
            "UPDATE review_document SET archived_on = ?1, version = version + 1"
                + " WHERE archived_on IS NULL AND review_id = ?2"
                + ArchiveService.keptKindsClause(archive.keptPublic()))
        .setParameter(1, Date.valueOf(moved.on()))
        .setParameter(2, moved.reviewId())
        .executeUpdate();
  }
}
