package org.casereviews.statistics;

import static org.casereviews.security.Roles.CDOP_OFFICER;
import static org.casereviews.security.Roles.PARTNERSHIP_ADMIN;
import static org.casereviews.security.Roles.REVIEW_OFFICER;
import static org.casereviews.security.Roles.VIEWER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.DeathsChanged;

/**
 * Keeps the child deaths counted a year at a time (migration V13), so that a figure reads a few
 * hundred counts instead of every death: a year whose deaths have changed since it was counted is
 * counted again, by SQL aggregation, before a figure reads it.
 */
@Stateless
@RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
public class DeathCounts {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  /**
   * Counts again the years of the span whose deaths have changed since they were counted. Not for a
   * transaction that has itself changed deaths: the count would wait for that transaction's own
   * hold on the year's row until the transaction timed out.
   */
  public void upToDate(Span span) {
    recountStale(" AND for_year BETWEEN " + span.from() + " AND " + span.to());
  }

  /**
   * Once a transaction that changed deaths has committed, counts their years again in the
   * background, so that the next figure finds them counted (it would count them itself otherwise).
   * Anyone whose change marked them may: it returns nothing.
   */
  @PermitAll
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeathsChanged change) {
    session.getBusinessObject(DeathCounts.class).recountMarked();
  }

  /** Counts again every year whose deaths have changed since it was counted; returns nothing. */
  @Asynchronous
  @PermitAll
  public void recountMarked() {
    recountStale("");
  }

  private void recountStale(String andYears) {
    @SuppressWarnings("unchecked")
    List<Number> stale =
        em.createNativeQuery(
                "SELECT for_year FROM death_tally_year"
                    + " WHERE (tallied IS NULL OR tallied <> changes)"
                    + andYears
                    + " ORDER BY for_year DESC")
            .getResultList();
    DeathCounts self = session.getBusinessObject(DeathCounts.class);
    stale.forEach(year -> self.recount(year.intValue()));
  }

  /**
   * Counts a year's deaths again, in a transaction of its own that holds the year's row while it
   * counts: a change to the year made meanwhile waits for it, then marks the year again, so no
   * change is ever left out of the counts. Another caller counting the same year first leaves
   * nothing to do. Anyone may: it only counts, and returns nothing.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @PermitAll
  public void recount(int year) {
    int held =
        em.createNativeQuery(
                "UPDATE death_tally_year SET tallied = changes WHERE for_year = ?1"
                    + " AND (tallied IS NULL OR tallied <> changes)")
            .setParameter(1, year)
            .executeUpdate();
    if (held == 0) {
      return;
    }
    em.createNativeQuery("DELETE FROM death_tally WHERE for_year = ?1")
        .setParameter(1, year)
        .executeUpdate();
    for (CdopDimension dimension : CdopDimension.values()) {
      em.createNativeQuery(
              "INSERT INTO death_tally (for_year, dimension, tally_value, deaths, reviewed)"
                  + " SELECT ?1, '"
                  + dimension.name()
                  + "', "
                  + dimension.valueSql()
                  + ", COUNT(*), COUNT(d.case_review_id) FROM child_death d"
                  + " WHERE d.date_of_death BETWEEN ?2 AND ?3 GROUP BY "
                  + dimension.valueSql())
          .setParameter(1, year)
          .setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
          .setParameter(3, Date.valueOf(LocalDate.of(year, 12, 31)))
          .executeUpdate();
    }
  }
}
