package org.casereviews.cdop;

import static org.casereviews.cdop.SqlValues.day;
import static org.casereviews.cdop.SqlValues.named;
import static org.casereviews.cdop.SqlValues.number;
import static org.casereviews.cdop.SqlValues.yes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;

/**
 * Finds child death records a page at a time, filtered, sorted and counted in the database, with
 * who the child was masked. A page shown is one READ in the audit trail that lists the records on
 * it: the list shows no identity, but it is still special-category data about children, and the
 * audit of a record should show every screen it was seen on.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class ChildDeathSearch {

  /** The columns a list may be sorted by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "dateOfDeath", "d.date_of_death",
          "age", "d.age_days",
          "status",
              "CASE d.status WHEN 'NOTIFIED' THEN 1 WHEN 'INFORMATION_GATHERING' THEN 2"
                  + " WHEN 'CDR_MEETING_HELD' THEN 3 WHEN 'PANEL_REVIEWED' THEN 4 ELSE 5 END",
          "category", "d.category");

  private static final String COLUMNS =
      "SELECT d.id, d.date_of_birth, d.date_of_death, d.age_days, d.sex, d.status, d.category,"
          + " d.expected, d.modifiable, d.joint_agency_response, i.family_name, i.nhs_number"
          + " FROM child_death d LEFT JOIN child_death_identity i ON i.child_death_id = d.id";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /**
   * One page of the records that meet the criteria; the read audited.
   *
   * @param sortBy dateOfDeath, age, status or category; the latest death first when null
   */
  public List<ChildDeathRow> search(
      ChildDeathCriteria criteria, int first, int max, String sortBy, boolean ascending) {
    ChildDeathFilter filter = new ChildDeathFilter(criteria);
    String sql = COLUMNS + " WHERE " + filter.where() + " ORDER BY " + order(sortBy, ascending);
    // the page is cut in SQL (both databases know LIMIT and OFFSET), not by skipping rows in JDBC
    sql += " LIMIT " + filter.next(max) + " OFFSET " + filter.next(first);
    @SuppressWarnings("unchecked")
    List<Object[]> found = filter.bind(em.createNativeQuery(sql)).getResultList();
    List<ChildDeathRow> rows = found.stream().map(ChildDeathSearch::row).toList();
    if (!rows.isEmpty()) {
      audit.record(AuditAction.READ, ChildDeathRecords.RECORD_TYPE, null, pageRead(rows, criteria));
    }
    return rows;
  }

  public long count(ChildDeathCriteria criteria) {
    if (criteria.equals(ChildDeathCriteria.any())) {
      // the list as it first opens: every record, from the counts kept for the statistics
      return CountedYears.records(em);
    }
    ChildDeathFilter filter = new ChildDeathFilter(criteria);
    return number(
        filter
            .bind(
                em.createNativeQuery("SELECT COUNT(*) FROM child_death d WHERE " + filter.where()))
            .getSingleResult());
  }

  private static String order(String sortBy, boolean ascending) {
    if (sortBy == null) {
      return "d.date_of_death DESC, d.id DESC";
    }
    String column = SORTABLE.get(sortBy);
    if (column == null) {
      throw new BusinessException(
          "sort", "A list of child deaths can be sorted by dateOfDeath, age, status or category.");
    }
    String direction = ascending ? " ASC" : " DESC";
    return column + direction + ", d.id" + direction;
  }

  private static String pageRead(List<ChildDeathRow> rows, ChildDeathCriteria criteria) {
    return "list ("
        + criteria.describe()
        + "): "
        + rows.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(" "));
  }

  private static ChildDeathRow row(Object[] r) {
    Long category = number(r[6]);
    return new ChildDeathRow(
        number(r[0]),
        day(r[1]),
        day(r[2]),
        number(r[3]).intValue(),
        SqlValues.text(r[4]),
        named(CdopStatus.class, r[5]),
        category == null ? null : DeathCategory.ofNumber(category.intValue()).orElse(null),
        named(DeathExpectation.class, r[7]),
        named(Modifiable.class, r[8]),
        yes(r[9]),
        IdentityMask.familyName(SqlValues.text(r[10])),
        IdentityMask.nhsNumber(SqlValues.text(r[11])));
  }
}
