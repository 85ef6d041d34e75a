package org.casereviews.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.ChildDeathSearch;
import org.casereviews.cdop.CountedYears;
import org.casereviews.cdop.PanelReviews;
import org.casereviews.it.Http;
import org.casereviews.it.RunAs;
import org.casereviews.statistics.CdopDimension;
import org.casereviews.statistics.CdopStatistics;
import org.casereviews.statistics.FunnelPlots;
import org.casereviews.statistics.Measure;
import org.casereviews.statistics.ReferenceData;
import org.casereviews.statistics.ReviewStatistics;
import org.casereviews.statistics.Span;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: the statistics with 1,000,000 child deaths and 10,000 reviews on
 * PostgreSQL, on the real EAR in the real server. Run it with {@code ./mvnw verify -pl it-tests
 * -Pbench -Dit.test=StatisticsBenchmark} (see docs/BENCHMARKS.md); the normal suites never run it.
 *
 * <p>The data is made with SQL alone (a fixed generator: the same rows every time), every death in
 * the ten years the dashboard shows. Each figure is then asked for {@code
 * casereviews.bench.samples} times (100 unless the build says otherwise) through its service as an
 * administrator, the transaction's commit included, after five calls to warm up; the child-death
 * list's first page both through its service (the count and the page, as the lazy table reads them)
 * and as the screen over HTTP; the dashboard and a data pack over HTTP. The first figure after the
 * data arrives, and the first after a change to one year's deaths, count deaths again: they are
 * timed apart. The results go to {@code target/bench/statistics.md} and the console; times are
 * reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsBenchmark {

  /** Bench ids start here, far above anything the sequences give out (and the archive's). */
  static final long BASE = 910_000_000L;

  static final Span DECADE = new Span(2017, 2026);

  static final String LOCAL = "E08000025";

  private static final List<String> LINES = new ArrayList<>();

  @EJB private RunAs.Admin admin;

  @EJB private ReviewStatistics reviews;

  @EJB private FunnelPlots funnels;

  @EJB private CdopStatistics cdop;

  @EJB private ChildDeathSearch search;

  @EJB private PanelReviews panel;

  @EJB private ReferenceData reference;

  @Test
  @Order(1)
  void figures() throws Exception {
    Instant start = Instant.now();
    generate();
    Duration made = Duration.between(start, Instant.now());
    admin.call(
        () -> {
          reference.chooseLocalArea(LOCAL);
          return null;
        });
    header(made);

    Instant first = Instant.now();
    long deaths = admin.call(() -> reviews.deathsVsReviews(DECADE)).total().deaths();
    assertEquals(deaths(), deaths);
    LINES.add(
        "The first figure after the data arrived counted the ten years' deaths: %,d ms."
            .formatted(Duration.between(first, Instant.now()).toMillis()));
    LINES.add("");
    LINES.add(
        "| figure, %d to %d | median (ms) | p95 (ms) | max (ms) | load before / after |"
            .formatted(DECADE.from(), DECADE.to()));
    LINES.add("|---|---|---|---|---|");

    time("Chart 1: reviews per year", () -> reviews.reviewsPerYear(DECADE, List.of()));
    time("Chart 2: deaths and reviews per year", () -> reviews.deathsVsReviews(DECADE));
    time("Per-capita comparison", () -> reviews.perCapita(DECADE, List.of()));
    time("Funnel plot of reviews", () -> funnels.funnel(Measure.REVIEWS, DECADE));
    time("Funnel plot of child deaths", () -> funnels.funnel(Measure.CHILD_DEATHS, DECADE));
    for (CdopDimension dimension : CdopDimension.values()) {
      time(
          "CDOP breakdown: " + dimension.getLabel().toLowerCase(Locale.ROOT),
          () -> cdop.breakdown(dimension, DECADE, false));
    }
    timeAfterChange();
    signIn();
    time(
        "Child-death list, first page (count and 20 rows)",
        () -> {
          search.count(ChildDeathCriteria.any());
          return search.search(ChildDeathCriteria.any(), 0, 20, null, false);
        });
    time("Child-death list screen, signed in, over HTTP", () -> page("/admin/cdop/index.xhtml"));
    time("Dashboard, signed in, over HTTP (Chart 1 and 2)", () -> page("/admin/index.xhtml"));
    time(
        "Annual data pack, PDF, over HTTP",
        () -> page("/admin/statistics/data-pack?year=2026&format=pdf"),
        5);
    write();
  }

  /** On the client, at the end: shows the report on the console. */
  @Test
  @Order(2)
  @RunAsClient
  void printReport() throws IOException {
    BenchReport.print("statistics.md");
  }

  // -- the timing -------------------------------------------------------------------------------

  static int samples() {
    return Integer.getInteger("casereviews.bench.samples", 100);
  }

  private void time(String what, Callable<?> figure) {
    time(what, figure, samples());
  }

  private void time(String what, Callable<?> figure, int samples) {
    for (int i = 0; i < 5; i++) {
      admin.call(figure);
    }
    String before = BenchReport.load();
    long[] millis = new long[samples];
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      admin.call(figure);
      millis[i] = (System.nanoTime() - started) / 1_000_000;
    }
    row(what + (samples == samples() ? "" : " (" + samples + " times)"), millis, before);
  }

  /**
   * A year's deaths marked as changed with SQL (as a change does, but with nothing to count them
   * again in the background), then Chart 2 and a breakdown: the first counts that year's 100,000
   * deaths again. Then a real change, a case review linked to a death by the panel's service, and
   * Chart 2 a second later, as a person would open it.
   */
  private void timeAfterChange() throws SQLException, InterruptedException {
    int rounds = 10;
    long[] chart = new long[rounds];
    long[] breakdown = new long[rounds];
    String before = BenchReport.load();
    for (int i = 0; i < rounds; i++) {
      try (Connection c = BenchReport.database().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            CountedYears.statement(
                "SELECT date_of_death AS died FROM child_death WHERE id = " + (BASE + 1 + i)));
      }
      long started = System.nanoTime();
      admin.call(() -> reviews.deathsVsReviews(DECADE));
      chart[i] = (System.nanoTime() - started) / 1_000_000;
      started = System.nanoTime();
      admin.call(() -> cdop.breakdown(CdopDimension.AGE_BAND, DECADE, false));
      breakdown[i] = (System.nanoTime() - started) / 1_000_000;
    }
    row(
        "Chart 2 just after one year's deaths were marked as changed by SQL (" + rounds + " times)",
        chart,
        before);
    row("then the age band breakdown (" + rounds + " times)", breakdown, before);
    before = BenchReport.load();
    long[] warm = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long death = BASE + 100 + i;
      long version = version(death);
      admin.call(() -> panel.linkCaseReview(death, version, BASE + 1));
      Thread.sleep(1000);
      long started = System.nanoTime();
      admin.call(() -> reviews.deathsVsReviews(DECADE));
      warm[i] = (System.nanoTime() - started) / 1_000_000;
    }
    row(
        "Chart 2 a second after the panel linked a case review to a death, its year counted"
            + " again in the background meanwhile ("
            + rounds
            + " times)",
        warm,
        before);
  }

  private static long version(long death) throws SQLException {
    try (Connection c = BenchReport.database().getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery("SELECT version FROM child_death WHERE id = " + death)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A browser's session: signed in once on the sign-in page, then its cookie with each page. */
  private static final HttpClient SESSION =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** Signs the session in as the first administrator, through the sign-in form. */
  private static void signIn() throws IOException, InterruptedException {
    String login = Http.app() + "/login.xhtml";
    String form = SESSION.send(get(login), HttpResponse.BodyHandlers.ofString()).body();
    Matcher state = VIEW_STATE.matcher(form);
    if (!state.find()) {
      throw new IllegalStateException("No view state on the sign-in page");
    }
    String body =
        Stream.of(
                "login=login",
                "login:username=admin",
                "login:password=" + Http.query(Http.ADMIN_PASSWORD),
                "login:submit=",
                "jakarta.faces.ViewState=" + Http.query(state.group(1)))
            .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn =
        SESSION.send(
            HttpRequest.newBuilder(URI.create(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("Signing in answered " + signedIn.statusCode());
    }
  }

  /** A page (or download) in the signed-in session, read to its end. */
  private static String page(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        SESSION.send(get(Http.app() + path), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return path;
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  // -- the data ---------------------------------------------------------------------------------

  /** The number of child deaths (1,000,000 unless the build says otherwise). */
  static int deaths() {
    return Integer.getInteger("casereviews.bench.deaths", 1_000_000);
  }

  /** The number of reviews (10,000 unless the build says otherwise). */
  static int reviewCount() {
    return Integer.getInteger("casereviews.bench.statistics-reviews", 10_000);
  }

  /**
   * Removes the bench's rows of an earlier run, then makes: the reviews, initiated over the ten
   * years, of every kind; the deaths, spread evenly over the ten years' days and written in the
   * order they died, as the nightly imports write them, of children from a day to seventeen years
   * old, every field the statistics count by filled in for most and left empty for some, one in a
   * hundred linked to a review, each with an identity and one of 50,000 postcodes (and that
   * postcode's deprivation decile on the record, as the import keeps it); the deciles of those
   * postcodes; the child population of England, the local area and 150 others for each year,
   * England's reviews and the other areas' counts. Then marks the years to be counted, and vacuums
   * and analyses, as the database would have done by the time anyone looks.
   */
  void generate() throws SQLException {
    try (Connection c = BenchReport.database().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL session_replication_role = replica");
        String deaths = " BETWEEN " + BASE + " AND " + (BASE + deaths());
        s.executeUpdate("DELETE FROM child_death_identity WHERE child_death_id" + deaths);
        s.executeUpdate("DELETE FROM child_death WHERE id" + deaths);
        s.executeUpdate("DELETE FROM review WHERE id BETWEEN " + BASE + " AND " + (BASE + 99_999));
        for (String table :
            List.of(
                "stat_local_area",
                "stat_area_count",
                "stat_population",
                "stat_national_reviews",
                "stat_postcode_decile",
                "stat_area",
                "death_tally",
                "death_tally_year")) {
          s.executeUpdate("DELETE FROM " + table);
        }
        s.executeUpdate(
            """
            INSERT INTO review (id, reference, pseudonym, review_type, category, status,
                working_together, initiated_on, opened_on, imported, created_at, created_by,
                version)
            SELECT %d + i, 'STAT BENCH ' || i, 'Child ' || i,
                (ARRAY['RAPID_REVIEW', 'LCSPR', 'SCR', 'THEMATIC', 'LOCAL_LEARNING', 'SILP'])
                    [1 + i %% 6],
                (ARRAY['DEATH', 'SERIOUS_HARM'])[1 + i %% 2], 'PUBLISHED', 'WT2018',
                DATE '2017-01-01' + (i * 7 %% 3620), DATE '2017-01-01' + (i * 7 %% 3620), TRUE,
                TIMESTAMP '2026-01-01 09:00:00', 'bench', 1
            FROM generate_series(1, %d) AS i
            """
                .formatted(BASE, reviewCount()));
        s.executeUpdate(
            """
            INSERT INTO child_death (id, sex, date_of_birth, date_of_death, age_days,
                place_of_death, ethnicity, expected, looked_after, joint_agency_response, status,
                case_review_id, first_notification_id, created_at, created_by, version, category,
                modifiable, deprivation_decile)
            SELECT %1$d + i, (ARRAY['FEMALE', 'MALE'])[1 + i %% 2],
                died - age, died, age,
                (ARRAY['HOSPITAL', 'HOME', 'OTHER_RESIDENCE', 'HOSPICE', 'PUBLIC_PLACE', 'OTHER',
                    NULL])[1 + i %% 7],
                (ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R',
                    'S', 'Z', NULL])[1 + i %% 18],
                (ARRAY['EXPECTED', 'UNEXPECTED', 'UNKNOWN', NULL])[1 + i %% 4],
                i %% 9 = 0, i %% 4 = 1,
                (ARRAY['NOTIFIED', 'INFORMATION_GATHERING', 'CDR_MEETING_HELD', 'PANEL_REVIEWED',
                    'CLOSED'])[1 + i %% 5],
                CASE WHEN i %% 100 = 0 THEN %1$d + 1 + i / 100 %% %3$d END,
                %1$d + i, TIMESTAMP '2026-01-01 09:00:00', 'bench', 1,
                CASE WHEN i %% 10 < 7 THEN 1 + i %% 10 END,
                (ARRAY['YES', 'NO', 'INSUFFICIENT_INFORMATION', NULL])[1 + i %% 4],
                CASE WHEN i %% 20 <> 0 THEN 1 + i %% 50000 %% 10 END
            FROM (SELECT i, DATE '2017-01-01' + CAST((i - 1) * 3620::bigint / %2$d AS INTEGER)
                    AS died,
                    (i * 37) %% 6570 AS age FROM generate_series(1, %2$d) AS i) g
            """
                .formatted(BASE, deaths(), reviewCount()));
        s.executeUpdate(
            """
            INSERT INTO child_death_identity (child_death_id, nhs_number, family_name,
                given_names, postcode)
            SELECT %d + i, NULL, 'Bench', 'Child',
                CASE WHEN i %% 20 <> 0 THEN 'BN' || (i %% 50000) END
            FROM generate_series(1, %d) AS i
            """
                .formatted(BASE, deaths()));
        s.executeUpdate(
            "INSERT INTO stat_postcode_decile (postcode, decile)"
                + " SELECT 'BN' || p, 1 + p % 10 FROM generate_series(0, 49999) AS p");
        s.executeUpdate(
            "INSERT INTO stat_area (code, name) VALUES ('E92000001', 'England'), ('"
                + LOCAL
                + "', 'Birmingham')");
        s.executeUpdate(
            "INSERT INTO stat_area (code, name)"
                + " SELECT 'E0' || (6000100 + a), 'Area ' || a FROM generate_series(1, 150) AS a");
        s.executeUpdate(
            "INSERT INTO stat_population (area_code, for_year, children)"
                + " SELECT code, y, CASE code WHEN 'E92000001' THEN 12000000 WHEN '"
                + LOCAL
                + "' THEN 280000 ELSE 20000 + LENGTH(name) * 9000 + (y % 7) * 500 END"
                + " FROM stat_area CROSS JOIN generate_series(2017, 2026) AS y");
        s.executeUpdate(
            "INSERT INTO stat_national_reviews (for_year, review_type, reviews)"
                + " SELECT y, t, 150 + y % 40 FROM generate_series(2017, 2026) AS y"
                + " CROSS JOIN (VALUES ('SCR'), ('LCSPR')) AS k(t)");
        s.executeUpdate(
            "INSERT INTO stat_area_count (area_code, for_year, measure, counted)"
                + " SELECT a.code, y, m, 3 + (y + LENGTH(a.name)) % 9 FROM stat_area a"
                + " CROSS JOIN generate_series(2017, 2026) AS y"
                + " CROSS JOIN (VALUES ('REVIEWS'), ('CHILD_DEATHS')) AS k(m)"
                + " WHERE a.code <> '"
                + LOCAL
                + "'");
        s.executeUpdate(
            CountedYears.statement(
                "SELECT date_of_death AS died FROM child_death WHERE id" + deaths));
      }
      c.commit();
    }
    try (Connection c = BenchReport.database().getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("VACUUM ANALYZE");
    }
  }

  // -- the report -------------------------------------------------------------------------------

  private void header(Duration made) throws SQLException {
    LINES.clear();
    LINES.add("# Statistics benchmark");
    LINES.add("");
    LINES.add(
        ("Run at %s on %d processors, PostgreSQL %s: %,d child deaths from %d to %d and %,d"
                + " reviews, made with SQL and analysed in %s s; each figure %d times after 5 to"
                + " warm up, as an administrator.")
            .formatted(
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                BenchReport.serverVersion(),
                deaths(),
                DECADE.from(),
                DECADE.to(),
                reviewCount(),
                BenchReport.seconds(made),
                samples()));
    LINES.add("");
  }

  private static void row(String what, long[] millis, String before) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    LINES.add(
        "| %s | %d | **%d** | %d | %s / %s |"
            .formatted(
                what,
                sorted[(sorted.length - 1) / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1],
                before,
                BenchReport.load()));
    write();
  }

  private static void write() {
    BenchReport.write("statistics.md", LINES);
  }
}
