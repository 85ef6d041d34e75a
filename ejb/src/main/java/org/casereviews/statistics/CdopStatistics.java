package org.casereviews.statistics;

import static org.casereviews.security.Roles.CDOP_OFFICER;
import static org.casereviews.security.Roles.PARTNERSHIP_ADMIN;
import static org.casereviews.security.Roles.REVIEW_OFFICER;
import static org.casereviews.security.Roles.VIEWER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.casereviews.cdop.Modifiable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Child Death Overview Panel's deaths counted by category, age, expectation, modifiable
 * factors, place, ethnicity and deprivation, year by year. Counts below {@code
 * casereviews.statistics.suppress-below} are hidden (with secondary suppression) in every breakdown
 * but those the CDOP's own officers look at inside casereviews: what is published, exported or sent
 * over the API to anyone else never shows them.
 */
@Stateless
@RolesAllowed({PARTNERSHIP_ADMIN, REVIEW_OFFICER, CDOP_OFFICER, VIEWER})
public class CdopStatistics {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @EJB private DeathCounts deaths;

  @Inject
  @ConfigProperty(name = "casereviews.statistics.suppress-below", defaultValue = "5")
  private int suppressBelow;

  /** The dimensions there is data for: deprivation only once postcode deciles are loaded. */
  public List<CdopDimension> dimensions() {
    boolean deciles = new Figures(em).hasDeciles();
    return Arrays.stream(CdopDimension.values())
        .filter(d -> d != CdopDimension.DEPRIVATION || deciles)
        .toList();
  }

  /**
   * The deaths of the span by {@code dimension} and year.
   *
   * @param forPublication whether the figures will leave casereviews (a report, a file, another
   *     system): small numbers are then hidden whoever asks; otherwise they are hidden from all but
   *     the CDOP's officers
   */
  public Breakdown breakdown(
      @NotNull CdopDimension dimension, @NotNull Span span, boolean forPublication) {
    CountTable counts = count(dimension, span);
    boolean seesAll = !forPublication && session.isCallerInRole(CDOP_OFFICER);
    ShownTable shown =
        seesAll ? Suppression.none(counts) : Suppression.apply(counts, suppressBelow);
    List<String> notes = new ArrayList<>();
    if (!seesAll && suppressBelow > 1) {
      notes.add(
          "Counts from 1 to "
              + (suppressBelow - 1)
              + " are shown as <"
              + suppressBelow
              + "; a count shown as "
              + ShownCount.WITHHELD
              + " is hidden so that a total cannot give one of them away.");
    }
    if (dimension == CdopDimension.MODIFIABLE) {
      notes.add(modifiableShare(shown));
    }
    return new Breakdown(dimension, span, shown, seesAll ? 0 : suppressBelow, notes);
  }

  /** The small-number threshold in force. */
  public int suppressBelow() {
    return suppressBelow;
  }

  private CountTable count(CdopDimension dimension, Span span) {
    List<String> keys = dimension.keys();
    List<Integer> years = span.years();
    long[][] counts = new long[keys.size() + 1][years.size()];
    deaths.upToDate(span);
    for (Object[] row : new Figures(em).deathsBy(dimension, span)) {
      int year = years.indexOf(Figures.number(row[0]).intValue());
      int key = row[1] == null ? keys.size() : keys.indexOf(String.valueOf(row[1]).trim());
      counts[key < 0 ? keys.size() : key][year] += Figures.number(row[2]).longValue();
    }
    return new CountTable(
        dimension.getLabel(),
        dimension.rowLabels(),
        years.stream().map(String::valueOf).toList(),
        counts);
  }

  /**
   * The share of the panel's reviewed deaths in which it found modifiable factors, over the span,
   * from the span's totals as shown: not given when one of them is hidden, since the share would
   * give it away.
   */
  static String modifiableShare(ShownTable shown) {
    List<String> keys = CdopDimension.MODIFIABLE.keys();
    int total = shown.columns().size();
    long reviewed = 0;
    for (int k = 0; k < keys.size(); k++) {
      ShownCount count = shown.row(k).get(total);
      if (count.isSuppressed()) {
        return "The share with modifiable factors is not shown: the numbers are too small.";
      }
      reviewed += count.count();
    }
    if (reviewed == 0) {
      return "The panel has not yet reviewed any of these deaths.";
    }
    long modifiable = shown.row(keys.indexOf(Modifiable.YES.name())).get(total).count();
    return String.format(
        Locale.UK,
        "The panel found modifiable factors in %d of the %d deaths it has reviewed (%.0f%%).",
        modifiable,
        reviewed,
        100.0 * modifiable / reviewed);
  }
}
