package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;

/**
 * The child death records a list's filters select, written as CSV a batch of rows at a time (never
 * all in memory) to a file readable by the server alone, which the screen or endpoint then sends
 * and deletes. The rows are read and the export audited in this bean's transaction, before a byte
 * of the answer is sent (on PostgreSQL, with this transaction begun while the server was writing
 * the answer's body, later transactions on the same pool lost or delayed their work). The ordinary
 * export carries no direct identifier: no name, NHS number, postcode or date of birth, and the
 * month of death instead of the day; it is for the Panel's analysis. The export with identifiers is
 * for a partnership administrator alone, who must ask for it. Every export is audited with who,
 * when, how many rows and which filters.
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

  /** The records without identifiers, written to a file the caller sends and then deletes. */
  public ExportFile export(ChildDeathCriteria criteria) {
    return write(criteria, false);
  }

  /** The records with the children's identities; a partnership administrator's alone. */
  @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
  public ExportFile exportWithIdentifiers(ChildDeathCriteria criteria) {
    return write(criteria, true);
  }

  private ExportFile write(ChildDeathCriteria criteria, boolean identifiers) {
    Path file = ExportFile.create();
    long rows = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
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
    } catch (IOException e) {
      ExportFile.delete(file);
      throw new UncheckedIOException("The export could not be written", e);
    } catch (RuntimeException e) {
      ExportFile.delete(file);
      throw e;
    }
    audit.record(
        AuditAction.EXPORT,
        ChildDeathRecords.RECORD_TYPE,
        null,
        (identifiers ? "export WITH IDENTIFIERS" : "export without identifiers")
            + ", "
            + rows
            + (rows == 1 ? " record" : " records")
            + " ("
            + criteria.describe()
            + ")");
    return new ExportFile(file, rows);
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
