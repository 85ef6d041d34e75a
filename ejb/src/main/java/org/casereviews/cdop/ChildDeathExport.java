package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;

/**
 * The child death records a list's filters select, written as CSV a batch of rows at a time (never
 * all in memory). The ordinary export carries no direct identifier: no name, NHS number, postcode
 * or date of birth, and the month of death instead of the day; it is for the Panel's analysis. The
 * export with identifiers is for a partnership administrator alone, who must ask for it. Every
 * export is audited with who, when, how many rows and which filters, even one cut short.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class ChildDeathExport {

  /** The columns of every export, in this order; their names do not change. */
  public static final List<String> COLUMNS =
      List.of(
          "record_id",
          "death_month",
          "age_band",
          "age_years",
          "sex",
          "place_of_death",
          "ethnicity",
          "expected",
          "looked_after",
          "joint_agency_response",
          "status",
          "category",
          "modifiable");

  /** The columns an export with identifiers adds after {@link #COLUMNS}. */
  public static final List<String> IDENTIFIER_COLUMNS =
      List.of(
          "nhs_number", "family_name", "given_names", "postcode", "date_of_birth", "date_of_death");

  private static final int BATCH = 500;

  private static final String SELECT =
      "SELECT d.id, d.date_of_birth, d.date_of_death, d.sex, d.place_of_death, d.ethnicity,"
          + " d.expected, d.looked_after, d.joint_agency_response, d.status, d.category,"
          + " d.modifiable, i.nhs_number, i.family_name, i.given_names, i.postcode"
          + " FROM child_death d LEFT JOIN child_death_identity i ON i.child_death_id = d.id";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /** Writes the records without identifiers; returns how many. */
  public long export(ChildDeathCriteria criteria, Writer out) {
    return write(criteria, out, false);
  }

  /** Writes the records with the children's identities; returns how many. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public long exportWithIdentifiers(ChildDeathCriteria criteria, Writer out) {
    return write(criteria, out, true);
  }

  /**
   * Refuses anyone but a partnership administrator, before a screen or endpoint starts a response
   * that it could no longer turn into a refusal.
   */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public void checkMayExportIdentifiers() {
    // the role check on this method is its whole work
  }

  private long write(ChildDeathCriteria criteria, Writer out, boolean identifiers) {
    long rows = 0;
    boolean complete = false;
    try {
      ExportLine.header(out, identifiers);
      long after = Long.MIN_VALUE;
      List<Object[]> batch;
      do {
        batch = batch(criteria, after);
        for (Object[] row : batch) {
          ExportLine.write(out, row, identifiers);
          rows++;
        }
        after = batch.isEmpty() ? after : SqlValues.number(batch.get(batch.size() - 1)[0]);
      } while (batch.size() == BATCH);
      out.flush();
      complete = true;
    } catch (IOException e) {
      throw new UncheckedIOException("The export could not be sent", e);
    } finally {
      audit.recordRegardless(
          AuditAction.EXPORT,
          ChildDeathRecords.RECORD_TYPE,
          null,
          (identifiers ? "export WITH IDENTIFIERS" : "export without identifiers")
              + ", "
              + rows
              + (rows == 1 ? " record" : " records")
              + (complete ? "" : " before it was cut short")
              + " ("
              + criteria.describe()
              + ")");
    }
    return rows;
  }

  private List<Object[]> batch(ChildDeathCriteria criteria, long after) {
    ChildDeathFilter filter = new ChildDeathFilter(criteria);
    String sql = SELECT + " WHERE " + filter.where() + " AND d.id > " + filter.next(after);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        filter
            .bind(em.createNativeQuery(sql + " ORDER BY d.id LIMIT " + filter.next(BATCH)))
            .getResultList();
    return rows;
  }
}
