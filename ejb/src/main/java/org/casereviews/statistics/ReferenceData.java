package org.casereviews.statistics;

import static org.casereviews.security.Roles.CDOP_OFFICER;
import static org.casereviews.security.Roles.PARTNERSHIP_ADMIN;
import static org.casereviews.security.Roles.REVIEW_OFFICER;
import static org.casereviews.security.Roles.VIEWER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.cdop.CountedYears;
import org.casereviews.cdop.DeathsChanged;
import org.casereviews.review.ImportReport;
import org.casereviews.review.RejectedRow;
import org.casereviews.shared.ApplicationDataSource;
import org.casereviews.shared.BusinessException;
import org.casereviews.statistics.ReferenceFiles.AreaCount;
import org.casereviews.statistics.ReferenceFiles.NationalReviews;
import org.casereviews.statistics.ReferenceFiles.Population;
import org.casereviews.statistics.ReferenceFiles.PostcodeDecile;

/**
 * The reference data the statistics need, loaded by the partnership's business unit from CSV files:
 * child populations by area and year (the ONS mid-year-estimate layout), England's reviews by year
 * and type, other areas' published counts, postcode deprivation deciles, and which area is the
 * partnership's own. A bad line is reported with its number and reason while the good ones load; a
 * line for a figure already held replaces it.
 */
@Stateless
@RolesAllowed(PARTNERSHIP_ADMIN)
public class ReferenceData {

  static final String RECORD_TYPE = "Statistics reference data";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  @Inject private Event<DeathsChanged> deathsChanged;

  /** Loads a child population file: area_code, area_name, year, population. */
  public ImportReport loadPopulations(@NotNull Reader csv) {
    ReferenceFile.Result<Population> read = ReferenceFiles.populations().read(csv);
    List<Population> rows = read.rows();
    saveAreas(rows);
    writer()
        .replace(
            rows,
            "DELETE FROM stat_population WHERE area_code = ? AND for_year = ?",
            (s, row) -> {
              s.setString(1, row.areaCode());
              s.setInt(2, row.year());
            },
            "INSERT INTO stat_population (area_code, for_year, children) VALUES (?, ?, ?)",
            (s, row) -> {
              s.setString(1, row.areaCode());
              s.setInt(2, row.year());
              s.setLong(3, row.children());
            });
    return loaded("child populations", rows.size(), read.rejected());
  }

  /** Loads England's reviews: year, review_type, reviews. */
  public ImportReport loadNationalReviews(@NotNull Reader csv) {
    ReferenceFile.Result<NationalReviews> read = ReferenceFiles.nationalReviews().read(csv);
    writer()
        .replace(
            read.rows(),
            "DELETE FROM stat_national_reviews WHERE for_year = ? AND review_type = ?",
            (s, row) -> {
              s.setInt(1, row.year());
              s.setString(2, row.type().name());
            },
            "INSERT INTO stat_national_reviews (for_year, review_type, reviews) VALUES (?, ?, ?)",
            (s, row) -> {
              s.setInt(1, row.year());
              s.setString(2, row.type().name());
              s.setLong(3, row.reviews());
            });
    return loaded("national review counts", read.rows().size(), read.rejected());
  }

  /**
   * Loads other areas' published counts: area_code, year, measure, count. An area must have its
   * population loaded first, since its count means nothing without it.
   */
  public ImportReport loadAreaCounts(@NotNull Reader csv) {
    ReferenceFile.Result<AreaCount> read =
        ReferenceFiles.areaCounts(new HashSet<>(areaCodes())).read(csv);
    List<AreaCount> rows = read.rows();
    writer()
        .replace(
            rows,
            "DELETE FROM stat_area_count WHERE area_code = ? AND for_year = ? AND measure = ?",
            (s, row) -> {
              s.setString(1, row.areaCode());
              s.setInt(2, row.year());
              s.setString(3, row.measure().name());
            },
            "INSERT INTO stat_area_count (area_code, for_year, measure, counted) VALUES (?, ?, ?, ?)",
            (s, row) -> {
              s.setString(1, row.areaCode());
              s.setInt(2, row.year());
              s.setString(3, row.measure().name());
              s.setLong(4, row.counted());
            });
    return loaded("area counts", rows.size(), read.rejected());
  }

  /** Loads postcode deprivation deciles: postcode, decile. */
  public ImportReport loadPostcodeDeciles(@NotNull Reader csv) {
    ReferenceFile.Result<PostcodeDecile> read = ReferenceFiles.postcodeDeciles().read(csv);
    writer()
        .replace(
            read.rows(),
            "DELETE FROM stat_postcode_decile WHERE postcode = ?",
            (s, row) -> s.setString(1, row.postcode()),
            "INSERT INTO stat_postcode_decile (postcode, decile) VALUES (?, ?)",
            (s, row) -> {
              s.setString(1, row.postcode());
              s.setInt(2, row.decile());
            });
    if (!read.rows().isEmpty()) {
      // any death's decile may have changed with them
      CountedYears.decilesLoaded(em);
      deathsChanged.fire(new DeathsChanged());
    }
    return loaded("postcode deciles", read.rows().size(), read.rejected());
  }

  /**
   * Makes {@code code} the partnership's own area.
   *
   * @throws BusinessException about "areaCode" when no population is loaded for it
   */
  public void chooseLocalArea(@NotNull String code) {
    String chosen = Areas.code("areaCode", code);
    if (!areaCodes().contains(chosen)) {
      throw new BusinessException(
          "areaCode",
          "No child population is loaded for "
              + chosen
              + ". Load the area's population first, then choose it.");
    }
    em.createNativeQuery("DELETE FROM stat_local_area").executeUpdate();
    em.createNativeQuery(
            "INSERT INTO stat_local_area (id, area_code, chosen_at, chosen_by) VALUES (1, ?, ?, ?)")
        .setParameter(1, chosen)
        .setParameter(2, Timestamp.from(Instant.now()))
        .setParameter(3, audit.callerName())
        .executeUpdate();
    audit.record(AuditAction.UPDATE, RECORD_TYPE, chosen, "local area chosen");
  }

  /** The partnership's own area, once chosen. */
  @RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
  public Optional<Area> localArea() {
    List<?> found =
        em.createNativeQuery(
                "SELECT a.code, a.name FROM stat_local_area l"
                    + " JOIN stat_area a ON a.code = l.area_code")
            .getResultList();
    return found.stream().map(row -> Area.of((Object[]) row)).findFirst();
  }

  /** Every area with a population loaded, by name. */
  @RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
  public List<Area> areas() {
    List<?> rows =
        em.createNativeQuery("SELECT code, name FROM stat_area ORDER BY name, code")
            .getResultList();
    return rows.stream().map(row -> Area.of((Object[]) row)).toList();
  }

  /** What is loaded: for each kind of reference data, how much and over which years. */
  @RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
  public List<ReferenceSummary> summary() {
    return List.of(
        summary(
            "Child populations (areas)",
            "SELECT COUNT(DISTINCT area_code), MIN(for_year), MAX(for_year) FROM stat_population"),
        summary(
            "England's child population (years)",
            "SELECT COUNT(*), MIN(for_year), MAX(for_year) FROM stat_population WHERE area_code = '"
                + Areas.ENGLAND
                + "'"),
        summary(
            "England's reviews (years)",
            "SELECT COUNT(DISTINCT for_year), MIN(for_year), MAX(for_year) FROM stat_national_reviews"),
        summary(
            "Other areas' counts (areas)",
            "SELECT COUNT(DISTINCT area_code), MIN(for_year), MAX(for_year) FROM stat_area_count"),
        summary(
            "Postcode deprivation deciles (postcodes)",
            "SELECT COUNT(*), NULL, NULL FROM stat_postcode_decile"));
  }

  /** England's reviews for each year loaded, by type. */
  @RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
  public List<NationalFigure> nationalReviews() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT for_year, review_type, reviews FROM stat_national_reviews"
                    + " ORDER BY for_year DESC, review_type")
            .getResultList();
    return rows.stream().map(row -> NationalFigure.of((Object[]) row)).toList();
  }

  private ReferenceSummary summary(String what, String sql) {
    Object[] row = (Object[]) em.createNativeQuery(sql).getSingleResult();
    return new ReferenceSummary(
        what,
        ((Number) row[0]).longValue(),
        row[1] == null ? null : ((Number) row[1]).intValue(),
        row[2] == null ? null : ((Number) row[2]).intValue());
  }

  /** Adds the areas not yet known, and gives those known the name the file gives them. */
  private void saveAreas(List<Population> rows) {
    Set<String> known = new HashSet<>(areaCodes());
    Set<String> seen = new HashSet<>();
    List<Population> renamed = new ArrayList<>();
    List<Population> added = new ArrayList<>();
    for (Population row : rows) {
      if (seen.add(row.areaCode())) {
        (known.contains(row.areaCode()) ? renamed : added).add(row);
      }
    }
    ReferenceWriter writer = writer();
    writer.batch(
        renamed,
        "UPDATE stat_area SET name = ? WHERE code = ?",
        (s, row) -> {
          s.setString(1, row.areaName());
          s.setString(2, row.areaCode());
        });
    writer.batch(
        added,
        "INSERT INTO stat_area (code, name) VALUES (?, ?)",
        (s, row) -> {
          s.setString(1, row.areaCode());
          s.setString(2, row.areaName());
        });
  }

  private List<String> areaCodes() {
    List<?> codes = em.createNativeQuery("SELECT code FROM stat_area").getResultList();
    return codes.stream().map(String::valueOf).toList();
  }

  private ImportReport loaded(String what, int rows, List<RejectedRow> rejected) {
    audit.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        null,
        what + ": " + rows + " loaded, " + rejected.size() + " refused");
    return new ImportReport(rows, rejected);
  }

  private static ReferenceWriter writer() {
    return new ReferenceWriter(ApplicationDataSource.select().dataSource());
  }
}
