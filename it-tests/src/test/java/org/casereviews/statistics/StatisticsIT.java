package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.ChildDeathSearch;
import org.casereviews.cdop.DeathCategory;
import org.casereviews.cdop.Modifiable;
import org.casereviews.cdop.PanelReview;
import org.casereviews.cdop.PanelReviews;
import org.casereviews.it.Accounts;
import org.casereviews.it.Http;
import org.casereviews.it.Refusals;
import org.casereviews.it.RunAs;
import org.casereviews.review.HistoricReviewImport;
import org.casereviews.review.ImportReport;
import org.casereviews.review.ReviewType;
import org.casereviews.security.Roles;
import org.casereviews.security.UserService;
import org.casereviews.shared.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics on the deployed EAR: reference data loaded from CSV with bad lines reported, the
 * per-capita comparison's known answer, Chart 1 and 2, the funnel plot, the CDOP breakdown with
 * small numbers suppressed for all but CDOP officers, and who may ask. The figures live in years no
 * other test uses, written once whichever test runs first.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  private static final String API = Http.app() + "/api/v1/statistics";

  @EJB private ReferenceData reference;

  @EJB private ReviewStatistics reviews;

  @EJB private FunnelPlots funnels;

  @EJB private CdopStatistics cdop;

  @EJB private HistoricReviewImport history;

  @EJB private UserService users;

  @EJB private RunAs.Admin admin;

  @EJB private PanelReviews panel;

  @EJB private ChildDeathSearch search;

  @BeforeEach
  void figures() {
    StatisticsFixtures.load(admin, reference, reviews, history);
  }

  @Test
  void aChangeToADeathIsInTheFiguresAtOnce() throws Exception {
    Span year = StatisticsFixtures.CHANGING;
    long death = StatisticsFixtures.changingDeath();
    long review = StatisticsFixtures.anyReview();
    DeathsVsReviews.Line before = admin.call(() -> reviews.deathsVsReviews(year)).total();
    assertEquals(1, before.deaths());

    admin.call(
        () -> panel.linkCaseReview(death, StatisticsFixtures.version(death), Long.valueOf(review)));
    assertEquals(1, admin.call(() -> reviews.deathsVsReviews(year)).total().reviewed());
    admin.call(() -> panel.linkCaseReview(death, StatisticsFixtures.version(death), null));
    assertEquals(0, admin.call(() -> reviews.deathsVsReviews(year)).total().reviewed());

    String category =
        DeathCategory.SUDDEN_UNEXPLAINED.getNumber()
            + ". "
            + DeathCategory.SUDDEN_UNEXPLAINED.getLabel();
    ShownTable uncategorised =
        admin.call(() -> cdop.breakdown(CdopDimension.CATEGORY, year, false)).table();
    String notYet = "Not yet categorised by the panel";
    assertEquals(
        List.of("<5", "<5"), texts(uncategorised.row(uncategorised.rows().indexOf(notYet))));
    admin.call(
        () ->
            panel.recordPanelReview(
                death,
                StatisticsFixtures.version(death),
                new PanelReview(
                    LocalDate.of(2003, 9, 1),
                    DeathCategory.SUDDEN_UNEXPLAINED,
                    List.of(),
                    Modifiable.NO,
                    null)));
    ShownTable categorised =
        admin.call(() -> cdop.breakdown(CdopDimension.CATEGORY, year, false)).table();
    assertEquals(List.of("0", "0"), texts(categorised.row(categorised.rows().indexOf(notYet))));
    assertEquals(List.of("<5", "<5"), texts(categorised.row(categorised.rows().indexOf(category))));
  }

  @Test
  void aDeathCountsInItsPostcodesDecileOnceTheDecilesAreLoaded() throws Exception {
    StatisticsFixtures.changingDeath();
    ImportReport loaded =
        admin.call(
            () ->
                reference.loadPostcodeDeciles(
                    new StringReader(
                        "postcode,decile\n" + StatisticsFixtures.CHANGING_POSTCODE + ",4\n")));
    assertEquals(1, loaded.loaded());

    ShownTable table =
        admin
            .call(
                () -> cdop.breakdown(CdopDimension.DEPRIVATION, StatisticsFixtures.CHANGING, false))
            .table();
    assertEquals(List.of("<5", "<5"), texts(table.row(table.rows().indexOf("4"))));
    assertEquals(
        List.of("0", "0"),
        texts(table.row(table.rows().indexOf("Postcode not known or not in the deciles loaded"))));
  }

  @Test
  void theListCountsEveryRecordWhetherItsYearIsCountedOrNot() throws Exception {
    long death = StatisticsFixtures.changingDeath();
    long all = StatisticsFixtures.records();
    // the year of the change is marked: its records are counted one by one
    StatisticsFixtures.markYearOf(death);
    assertEquals(all, admin.call(() -> search.count(ChildDeathCriteria.any())));
    // counted again, it comes from the counts kept
    admin.call(() -> reviews.deathsVsReviews(StatisticsFixtures.CHANGING));
    assertEquals(all, admin.call(() -> search.count(ChildDeathCriteria.any())));
  }

  @Test
  void twentySevenReviewsAgainstTwoPerCentOfEnglandsIsNotSignificantlyDifferent() {
    PerCapita result = admin.call(() -> reviews.perCapita(StatisticsFixtures.DECADE, List.of()));

    assertEquals(27, result.observed());
    assertEquals(1688, result.national());
    assertEquals(0.02, result.populationShare(), 1e-12);
    assertEquals(33.76, result.expected(), 1e-9);
    assertEquals(
        "27 reviews against 33.8 expected: ratio 0.80, 95% CI 0.53-1.16: not significantly"
            + " different from England",
        result.summary());
    assertTrue(result.explanation().contains("1.6% of England's 1,688"), result.explanation());
    assertTrue(result.explanation().contains("not significantly different"), result.explanation());
  }

  @Test
  void aComparisonWithAYearMissingSaysWhatToLoad() {
    BusinessException missing =
        Refusals.expect(
            BusinessException.class,
            () -> admin.call(() -> reviews.perCapita(new Span(2004, 2014), List.of())));

    assertTrue(
        missing.getMessage().contains("Missing: England's reviews for 2004;"),
        missing.getMessage());
    assertTrue(missing.getMessage().contains("Birmingham (E08000025) for 2004"));
  }

  @Test
  void chartOneCountsTheDecadesReviewsByCategory() {
    ReviewsPerYear chart =
        admin.call(
            () -> reviews.reviewsPerYear(StatisticsFixtures.DECADE, List.of(ReviewType.SCR)));

    assertEquals(10, chart.years().size());
    assertEquals(20, chart.total().death());
    assertEquals(7, chart.total().seriousHarm());
    assertEquals(new ReviewsPerYear.Line("2005", 2, 1, 3), chart.years().get(0));
  }

  @Test
  void chartTwoCountsDeathsPerYear() {
    DeathsVsReviews chart = admin.call(() -> reviews.deathsVsReviews(StatisticsFixtures.DEATHS));

    assertEquals(39, chart.years().get(0).deaths());
    assertEquals(35, chart.years().get(1).deaths());
    assertEquals(0, chart.total().reviewed());
  }

  @Test
  void theFunnelMarksTheLocalAreaWithinEnglandsLimits() {
    Funnel funnel = admin.call(() -> funnels.funnel(Measure.REVIEWS, StatisticsFixtures.DECADE));

    assertEquals(0.1688, funnel.centre(), 1e-9);
    Funnel.Point local = funnel.local().orElseThrow();
    assertEquals(27, local.count());
    assertEquals(200_000, local.children(), 1e-9);
    assertEquals("Within the limits", local.standing());
    Funnel.Point coventry =
        funnel.points().stream()
            .filter(p -> p.code().equals("E08000026"))
            .findFirst()
            .orElseThrow();
    // 30 reviews over 800,000 child-years is 0.375 a year per 10,000, far above England's 0.17
    assertEquals("Above the 99.8% limit", coventry.standing());
    assertEquals(3, funnel.points().size(), "England is the centre line, not a point");
    assertTrue(funnel.limits().get(0).upper95() > funnel.limits().get(60).upper95());
  }

  @Test
  void theBreakdownHidesSmallCountsAndTheCountsThatWouldRevealThem() {
    Breakdown shown =
        admin.call(() -> cdop.breakdown(CdopDimension.PLACE, StatisticsFixtures.DEATHS, false));

    ShownTable table = shown.table();
    int home = table.rows().indexOf("Home");
    int hospice = table.rows().indexOf("Hospice");
    assertEquals(List.of("<5", "[c]", "11"), texts(table.row(home)));
    assertEquals(List.of("[c]", "<5", "8"), texts(table.row(hospice)));
    assertEquals(List.of("30", "25", "55"), texts(table.row(table.rows().indexOf("Hospital"))));
    assertEquals(List.of("39", "35", "74"), texts(table.getTotals()));
    assertEquals(5, shown.suppressedBelow());
  }

  @Test
  void theDataPackHidesSmallNumbersEvenFromACdopOfficer() throws Exception {
    String cdopOfficer = basic(Roles.CDOP_OFFICER);

    HttpResponse<byte[]> xlsx =
        Http.getBytes(API + "/data-pack?year=2006&format=xlsx", cdopOfficer);

    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet places = null;
      for (Sheet sheet : workbook) {
        if (sheet.getSheetName().toLowerCase().contains("place of death")) {
          places = sheet;
        }
      }
      assertTrue(places != null, "a sheet for the deaths by place");
      List<String> home = null;
      for (Row row : places) {
        if (row.getCell(0) != null && "Home".equals(row.getCell(0).toString())) {
          home = new java.util.ArrayList<>();
          for (Cell cell : row) {
            home.add(
                cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue())
                    : cell.getStringCellValue());
          }
        }
      }
      assertEquals(List.of("Home", "0", "<5", "[c]", "11"), home);
    }
  }

  @Test
  void overTheApiACdopOfficerSeesEveryCountAndAViewerDoesNot() {
    String cdopOfficer = basic(Roles.CDOP_OFFICER);
    String viewer = basic(Roles.VIEWER);
    String address = API + "/child-deaths?dimension=PLACE&from=2005&to=2006";

    JsonObject all = Http.json(Http.get(address, cdopOfficer)).asJsonObject();
    JsonObject published = Http.json(Http.get(address, viewer)).asJsonObject();

    JsonObject homeAll = all.getJsonArray("rows").getJsonObject(1);
    assertEquals("Home", homeAll.getString("label"));
    assertEquals(3, homeAll.getJsonArray("counts").getJsonObject(0).getInt("count"));
    assertTrue(all.isNull("suppressedBelow"));
    JsonObject home = published.getJsonArray("rows").getJsonObject(1);
    assertTrue(home.getJsonArray("counts").getJsonObject(0).isNull("count"));
    assertEquals("<5", home.getJsonArray("counts").getJsonObject(0).getString("shown"));
    assertEquals(5, published.getInt("suppressedBelow"));
    assertFalse(published.toString().contains("\"count\":3,"), published.toString());
  }

  @Test
  void theApiGivesThePerCapitaAnswerAndChartsToViewers() {
    String viewer = basic(Roles.VIEWER);

    HttpResponse<String> perCapita = Http.get(API + "/per-capita?from=2005&to=2014", viewer);
    HttpResponse<String> chart1 =
        Http.get(API + "/reviews-per-year?from=2005&to=2014&type=SCR", viewer);

    assertEquals(200, perCapita.statusCode(), perCapita.body());
    JsonObject answer = Http.json(perCapita).asJsonObject();
    assertEquals(27, answer.getInt("observed"));
    assertEquals("SIMILAR", answer.getString("verdict"));
    assertEquals(0.527, answer.getJsonNumber("lower").doubleValue(), 0.0005);
    assertEquals(1.164, answer.getJsonNumber("upper").doubleValue(), 0.0005);
    assertEquals(200, chart1.statusCode(), chart1.body());
    assertEquals(
        27, Http.json(chart1).asJsonObject().getJsonObject("total").getInt("total"), chart1.body());
  }

  @Test
  void aBadLineIsReportedWithItsNumberWhileTheOthersLoad() {
    String csv =
        "area_code,area_name,year,population\n"
            + "E06000055,Bedford,2013,40000\n"
            + "XX,Nowhere,2013,5\n"
            + "E06000055,Bedford,2013,41000\n"
            + "E06000055,Bedford,2014,-3\n";

    ImportReport report = admin.call(() -> reference.loadPopulations(new StringReader(csv)));

    assertEquals(1, report.loaded());
    assertEquals(List.of(3L, 4L, 5L), report.rejected().stream().map(r -> r.line()).toList());
    assertTrue(report.rejected().get(0).reason().contains("not an ONS area code"));
    assertTrue(report.rejected().get(1).reason().contains("Line 2 already gives this figure"));
    assertEquals("population", report.rejected().get(2).column());
  }

  @Test
  void onlyAnAdministratorLoadsReferenceData() {
    String viewer = basic(Roles.VIEWER);
    // the reference data screen is the administrator's: anyone else is turned away
    HttpResponse<String> page = Http.get(Http.app() + "/admin/reference/statistics.xhtml", viewer);
    assertTrue(page.statusCode() == 403 || page.statusCode() == 404, "" + page.statusCode());
    Refusals.expectDenied(
        () -> reference.loadPopulations(new StringReader(StatisticsFixtures.populations())));
  }

  private String basic(String role) {
    return Http.basic(Accounts.create(admin, users, role).getUsername(), Accounts.PASSWORD);
  }

  private static List<String> texts(List<ShownCount> counts) {
    return counts.stream().map(ShownCount::text).toList();
  }
}
