package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.casereviews.review.ReviewType;
import org.casereviews.shared.Today;
import org.casereviews.statistics.CdopDimension;
import org.casereviews.statistics.CdopStatistics;
import org.casereviews.statistics.DeathsVsReviews;
import org.casereviews.statistics.Funnel;
import org.casereviews.statistics.FunnelPlots;
import org.casereviews.statistics.Measure;
import org.casereviews.statistics.ReviewStatistics;
import org.casereviews.statistics.ReviewsPerYear;
import org.casereviews.statistics.Span;
import org.casereviews.web.admin.statistics.DataPackFile;
import org.casereviews.web.statistics.PackContent;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The statistics the partnership publishes (partnership-admin, review-officer, cdop-officer,
 * viewer; the services check). Spans are calendar years, from and to inclusive; the ten years to
 * this one by default.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @EJB private ReviewStatistics reviews;

  @EJB private FunnelPlots funnels;

  @EJB private CdopStatistics cdop;

  @GET
  @Path("reviews-per-year")
  @Operation(
      summary = "Chart 1: reviews commissioned per year, after a death and after serious harm",
      description =
          "type (repeatable) chooses the kinds of review, every commissioned kind by default;"
              + " a review counts in the year it was initiated (one imported from history, in"
              + " the year it opened).")
  public ReviewsPerYear reviewsPerYear(
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to,
      @QueryParam("type") List<String> types) {
    return reviews.reviewsPerYear(span(from, to), types(types));
  }

  @GET
  @Path("deaths-vs-reviews")
  @Operation(summary = "Chart 2: child deaths per year beside the number that led to a review")
  public DeathsVsReviews deathsVsReviews(
      @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    return reviews.deathsVsReviews(span(from, to));
  }

  @GET
  @Path("per-capita")
  @Operation(
      summary = "The area's reviews against England's, per head of the child population",
      description =
          "SCRs and LCSPRs by default (type, repeatable, to choose). The expected count is each"
              + " year's national reviews times the area's share of that year's children; the"
              + " ratio's 95% confidence interval is the exact Poisson interval, the p-value the"
              + " exact two-sided test. 400 naming what to load when a year lacks reference"
              + " data.")
  public StatisticsJson.PerCapitaJson perCapita(
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to,
      @QueryParam("type") List<String> types) {
    return StatisticsJson.PerCapitaJson.of(reviews.perCapita(span(from, to), types(types)));
  }

  @GET
  @Path("funnel")
  @Operation(
      summary = "A funnel plot of REVIEWS or CHILD_DEATHS per 10,000 children a year",
      description =
          "Every area with counts and populations for each year of the span, the local area"
              + " marked, England's rate and the 95% and 99.8% control limits.")
  public Funnel funnel(
      @QueryParam("measure") String measure,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    Measure chosen =
        measure == null
            ? Measure.REVIEWS
            : Enums.parse(Measure.class, measure, "measure", Enums.names(Measure.class));
    return funnels.funnel(chosen, span(from, to));
  }

  @GET
  @Path("child-deaths")
  @Operation(
      summary = "Child deaths per year by a dimension, small numbers suppressed",
      description =
          "dimension: CATEGORY (default), AGE_BAND, EXPECTED, MODIFIABLE, PLACE, ETHNICITY or"
              + " DEPRIVATION. Counts below casereviews.statistics.suppress-below (5) are shown"
              + " as \"<5\" with count null, with secondary suppression, for every caller but a"
              + " cdop-officer.")
  public StatisticsJson.BreakdownJson childDeaths(
      @QueryParam("dimension") String dimension,
      @QueryParam("from") Integer from,
      @QueryParam("to") Integer to) {
    CdopDimension chosen =
        dimension == null
            ? CdopDimension.CATEGORY
            : Enums.parse(
                CdopDimension.class, dimension, "dimension", Enums.names(CdopDimension.class));
    return StatisticsJson.BreakdownJson.of(cdop.breakdown(chosen, span(from, to), false));
  }

  @Inject private DataPackFile packs;

  @GET
  @Path("data-pack")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  })
  @Operation(
      summary = "The annual data pack for a year, as a PDF or an XLSX workbook (audited)",
      description =
          "year (the last full year by default), format=pdf|xlsx. Chart 1 and 2, the per-capita"
              + " comparison and funnel plots over the ten years to the year, and the CDOP"
              + " breakdowns of its last three years with small numbers suppressed for every"
              + " caller.")
  public Response dataPack(@QueryParam("year") Integer year, @QueryParam("format") String format) {
    DataPackFile.Format chosen = DataPackFile.Format.of(format);
    int pack = year == null ? DataPackFile.defaultYear() : year;
    PackContent content = packs.content(pack, chosen);
    StreamingOutput body = out -> DataPackFile.write(content, chosen, out);
    return Response.ok(body, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + DataPackFile.fileName(pack, chosen) + "\"")
        .build();
  }

  static Span span(Integer from, Integer to) {
    return Span.orDefault(from, to, Today.inEngland());
  }

  static List<ReviewType> types(List<String> types) {
    return types == null
        ? List.of()
        : types.stream()
            .filter(t -> !t.isBlank())
            .map(t -> Enums.parse(ReviewType.class, t, "type", Enums.names(ReviewType.class)))
            .toList();
  }
}
