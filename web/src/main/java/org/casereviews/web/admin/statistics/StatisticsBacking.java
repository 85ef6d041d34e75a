package org.casereviews.web.admin.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.casereviews.statistics.Breakdown;
import org.casereviews.statistics.CdopDimension;
import org.casereviews.statistics.CdopStatistics;
import org.casereviews.statistics.DeathsVsReviews;
import org.casereviews.statistics.Funnel;
import org.casereviews.statistics.FunnelPlots;
import org.casereviews.statistics.Measure;
import org.casereviews.statistics.PerCapita;
import org.casereviews.statistics.ReviewStatistics;
import org.casereviews.statistics.ReviewsPerYear;
import org.casereviews.statistics.Span;
import org.casereviews.web.Messages;

/**
 * The statistics on the dashboard and at /admin/statistics/: Chart 1 and Chart 2 with their tables,
 * the per-capita comparison, the funnel plots and the CDOP breakdowns, over the years the user
 * chooses (the ten years to this one at first). A figure that lacks reference data says what to
 * load instead of showing a wrong answer.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReviewStatistics reviews;

  @EJB private FunnelPlots funnels;

  @EJB private CdopStatistics cdop;

  private Integer from;
  private Integer to;
  private List<ReviewType> types = new ArrayList<>();
  private CdopDimension dimension = CdopDimension.CATEGORY;

  private Span span = Span.orDefault(null, null, Today.inEngland());
  private transient ReviewsPerYear chart1;
  private transient DeathsVsReviews chart2;
  private transient Figure<PerCapita> perCapita;
  private transient Figure<Funnel> reviewFunnel;
  private transient Figure<Funnel> deathFunnel;
  private transient Breakdown breakdown;

  /** A figure, or why it cannot be given. */
  public record Figure<T>(T value, String problem) {

    static <T> Figure<T> of(Supplier<T> figure) {
      try {
        return new Figure<>(figure.get(), null);
      } catch (BusinessException missing) {
        return new Figure<>(null, missing.getMessage());
      }
    }
  }

  /** Shows the figures for the years and kinds chosen. */
  public void apply() {
    Span chosen = Messages.attempt(() -> Span.orDefault(from, to, Today.inEngland()));
    if (chosen != null) {
      span = chosen;
      from = chosen.from();
      to = chosen.to();
      forget();
    }
  }

  private void forget() {
    chart1 = null;
    chart2 = null;
    perCapita = null;
    reviewFunnel = null;
    deathFunnel = null;
    breakdown = null;
  }

  public ReviewsPerYear getChart1() {
    if (chart1 == null) {
      chart1 = reviews.reviewsPerYear(span, types);
    }
    return chart1;
  }

  public String getChart1Json() {
    return ChartJson.reviewsPerYear(getChart1());
  }

  public DeathsVsReviews getChart2() {
    if (chart2 == null) {
      chart2 = reviews.deathsVsReviews(span);
    }
    return chart2;
  }

  public String getChart2Json() {
    return ChartJson.deathsVsReviews(getChart2());
  }

  public Figure<PerCapita> getPerCapita() {
    if (perCapita == null) {
      perCapita = Figure.of(() -> reviews.perCapita(span, nationalTypes()));
    }
    return perCapita;
  }

  public Figure<Funnel> getReviewFunnel() {
    if (reviewFunnel == null) {
      reviewFunnel = Figure.of(() -> funnels.funnel(Measure.REVIEWS, span));
    }
    return reviewFunnel;
  }

  public Figure<Funnel> getDeathFunnel() {
    if (deathFunnel == null) {
      deathFunnel = Figure.of(() -> funnels.funnel(Measure.CHILD_DEATHS, span));
    }
    return deathFunnel;
  }

  public String funnelJson(Funnel funnel) {
    return ChartJson.funnel(funnel);
  }

  public Breakdown getBreakdown() {
    if (breakdown == null) {
      breakdown = cdop.breakdown(dimension, span, false);
    }
    return breakdown;
  }

  public List<CdopDimension> getDimensions() {
    return cdop.dimensions();
  }

  /** The kinds of review a user may count. */
  public List<ReviewType> getTypeChoices() {
    return ReviewStatistics.commissionedTypes();
  }

  /**
   * The kinds the per-capita comparison counts: those chosen that England's figures count, or SCRs
   * and LCSPRs.
   */
  private List<ReviewType> nationalTypes() {
    List<ReviewType> chosen =
        types.stream().filter(ReviewStatistics.NATIONAL_TYPES::contains).toList();
    return chosen.isEmpty() ? ReviewStatistics.NATIONAL_TYPES : chosen;
  }

  /** Whether the span runs to this year, which is not over. */
  public boolean isToDate() {
    return span.to() >= Today.inEngland().getYear();
  }

  public int getThisYear() {
    return Today.inEngland().getYear();
  }

  /** The year the data pack is for unless the user chooses another: the last full year. */
  public int getPackYear() {
    return DataPackFile.defaultYear();
  }

  public int getSuppressBelow() {
    return cdop.suppressBelow();
  }

  public Span getSpan() {
    return span;
  }

  public Integer getFrom() {
    return from != null ? from : span.from();
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to != null ? to : span.to();
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  /** The kinds chosen, by code: a multiple choice gives text, whatever the list's type. */
  public List<String> getTypes() {
    return types.stream().map(Enum::name).toList();
  }

  public void setTypes(List<String> codes) {
    types = new ArrayList<>();
    if (codes != null) {
      codes.forEach(code -> types.add(ReviewType.valueOf(code)));
    }
  }

  public CdopDimension getDimension() {
    return dimension;
  }

  public void setDimension(CdopDimension dimension) {
    this.dimension = dimension == null ? CdopDimension.CATEGORY : dimension;
    breakdown = null;
  }
}
