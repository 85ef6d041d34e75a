package org.casereviews.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.security.Roles;

/**
 * The partnership's figures on requests for archived reports, each worked out by one SQL
 * aggregation in the database (the same SQL on H2 and PostgreSQL), however many requests there are.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.VIEWER})
public class ArchiveRequestStatistics {

  private static final String COUNTS =
      "COUNT(*), SUM(CASE WHEN a.state = 'WAITING' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN a.state = 'APPROVED' THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN a.state = 'DECLINED' THEN 1 ELSE 0 END)";

  private static final String YEAR = "EXTRACT(YEAR FROM %s)";
  private static final String MONTH = "EXTRACT(MONTH FROM %s)";

  @PersistenceContext private EntityManager em;

  public ArchiveRequestFigures figures() {
    Object[] all = single("SELECT " + COUNTS + " FROM archive_request a");
    return new ArchiveRequestFigures(
        counts(all, 0),
        number(em.createNativeQuery("SELECT COUNT(*) FROM archive_download").getSingleResult()),
        refusals(ArchiveRequestLimits.Cause.TRAP),
        refusals(ArchiveRequestLimits.Cause.OVER_LIMIT),
        periods(false),
        periods(true),
        perReview());
  }

  private List<ArchiveRequestFigures.Period> periods(boolean byMonth) {
    String requests = byMonth ? key("a.received_at") : String.format(YEAR, "a.received_at");
    String downloads = byMonth ? key("d.downloaded_at") : String.format(YEAR, "d.downloaded_at");
    Map<List<Integer>, Long> downloaded = new HashMap<>();
    rows("SELECT " + downloads + ", COUNT(*) FROM archive_download d GROUP BY " + downloads)
        .forEach(row -> downloaded.put(period(row, byMonth), number(row[byMonth ? 2 : 1])));
    int first = byMonth ? 2 : 1;
    return rows(
            "SELECT "
                + requests
                + ", "
                + COUNTS
                + " FROM archive_request a GROUP BY "
                + requests
                + " ORDER BY "
                + requests.replace(",", " DESC,")
                + " DESC")
        .stream()
        .map(
            row -> {
              List<Integer> at = period(row, byMonth);
              return new ArchiveRequestFigures.Period(
                  at.get(0), at.get(1), counts(row, first), downloaded.getOrDefault(at, 0L));
            })
        .toList();
  }

  private List<ArchiveRequestFigures.PerReview> perReview() {
    return rows(
            "SELECT r.id, r.reference, r.pseudonym, "
                + COUNTS
                + ", (SELECT COUNT(*) FROM archive_download d JOIN archive_request q"
                + " ON q.id = d.request_id WHERE q.review_id = r.id)"
                + " FROM archive_request a JOIN review r ON r.id = a.review_id"
                + " GROUP BY r.id, r.reference, r.pseudonym ORDER BY COUNT(*) DESC, r.reference")
        .stream()
        .map(
            row ->
                new ArchiveRequestFigures.PerReview(
                    number(row[0]),
                    (String) row[1],
                    (String) row[2],
                    counts(row, 3),
                    number(row[7])))
        .toList();
  }

  private long refusals(ArchiveRequestLimits.Cause cause) {
    return number(
        em.createNativeQuery("SELECT COUNT(*) FROM archive_request_refusal WHERE cause = ?1")
            .setParameter(1, cause.name())
            .getSingleResult());
  }

  private static String key(String column) {
    return String.format(YEAR, column) + ", " + String.format(MONTH, column);
  }

  private static List<Integer> period(Object[] row, boolean byMonth) {
    return List.of((int) number(row[0]), byMonth ? (int) number(row[1]) : 0);
  }

  private static ArchiveRequestFigures.Counts counts(Object[] row, int from) {
    return new ArchiveRequestFigures.Counts(
        number(row[from]), number(row[from + 1]), number(row[from + 2]), number(row[from + 3]));
  }

  private Object[] single(String sql) {
    return (Object[]) em.createNativeQuery(sql).getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
