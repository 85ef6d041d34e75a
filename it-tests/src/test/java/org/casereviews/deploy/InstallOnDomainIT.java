package org.casereviews.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.casereviews.it.Http;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a council administrator does: {@code deploy/install-on-domain.sh} run against a Payara
 * domain that is already running (a fresh one of this test's own, not the suite's), with the
 * database in PostgreSQL. The database first holds an earlier release's schema and data; the
 * script's first run upgrades it to this EAR keeping the data, a second run (the same EAR again)
 * changes nothing, and a run with a database that cannot be reached stops there, saying which.
 *
 * <p>Ports: {@code casereviews.it.install.portbase} (29000: admin 29048, HTTP 29080).
 */
class InstallOnDomainIT {

  private static final Logger LOG = Logger.getLogger(InstallOnDomainIT.class.getName());
  private static final String INITIAL_PASSWORD = "Install-on-domain-IT-2026";

  /** Any value: trust authentication ignores it, but a pool with a user needs one. */
  private static final String DB_PASSWORD = "not-in-clear-text-7319";

  private static final boolean POSTGRES = Boolean.getBoolean("casereviews.it.postgres");
  private static final Path WORK = Path.of(System.getProperty("casereviews.it.install.dir", "."));
  private static PayaraDomain domain;
  private static PostgresDatabase database;

  @BeforeAll
  static void freshDomainAndDatabase() {
    if (!POSTGRES) {
      return; // the test is skipped, saying why (an assumption here would hide the reason)
    }
    database =
        new PostgresDatabase(
            System.getProperty("casereviews.it.pg.host", "127.0.0.1"),
            Integer.getInteger("casereviews.it.pg.port", 5432),
            System.getProperty("casereviews.it.pg.user", "postgres"),
            System.getProperty("casereviews.it.install.database", "casereviews_install"));
    domain =
        new PayaraDomain(
            Path.of(System.getProperty("casereviews.it.payara")),
            System.getProperty("casereviews.it.install.domain", "casereviews-install"),
            Integer.getInteger("casereviews.it.install.portbase", 29000),
            WORK);
    database.recreate();
    long start = System.nanoTime();
    domain.createAndStart();
    LOG.info(() -> "domain created and started in " + since(start));
  }

  @AfterAll
  static void removeDomainAndDatabase() throws IOException {
    if (domain != null) {
      if (Files.exists(domain.serverLog())) {
        Files.copy(
            domain.serverLog(), WORK.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
      }
      domain.stopAndDelete();
    }
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void upgradesAnEarlierReleaseKeepingItsDataAndRunsAgainUnchanged() throws Exception {
    assumeTrue(
        POSTGRES,
        "InstallOnDomainIT installs on PostgreSQL: it runs in the PostgreSQL suite"
            + " (./mvnw verify -Ppostgres)");
    long review = PreviousRelease.install(database, INITIAL_PASSWORD);
    Path settings = settings(database.name());

    int migrations = installsOverThePreviousRelease(settings, review);
    runsAgainChangingNothing(settings, review, migrations);
    stopsWhereTheDatabaseCannotBeReached();
  }

  /** The first run: the driver added (with a restart), the EAR deployed, the schema upgraded. */
  private static int installsOverThePreviousRelease(Path settings, long review) throws Exception {
    long started = domain.pid();
    Command install = script(settings, "first");
    assertTrue(install.succeeded(), install.output());
    assertTrue(install.output().contains("restarting the domain"), install.output());
    assertNotEquals(started, domain.pid(), "the domain restarted to load the driver");
    assertTrue(install.output().contains("Deploying casereviews"), install.output());
    answers();
    dataKept(review);
    domainConfiguration();
    return schemaIsTheLatest();
  }

  /** The same EAR again: no restart, the data and the schema's history as they were. */
  private static void runsAgainChangingNothing(Path settings, long review, int migrations)
      throws Exception {
    long running = domain.pid();
    Command again = script(settings, "second");
    assertTrue(again.succeeded(), again.output());
    assertTrue(again.output().contains("no restart needed"), again.output());
    assertEquals(running, domain.pid(), "no restart when the driver is there");
    assertTrue(again.output().contains("Upgrading casereviews"), again.output());
    answers();
    dataKept(review);
    assertEquals(migrations, schemaIsTheLatest(), "no migration runs twice");
  }

  /** A database that does not exist: the run stops at the pool's ping, naming it. */
  private static void stopsWhereTheDatabaseCannotBeReached() throws IOException {
    String missing = database.name() + "_missing";
    Command unreachable = script(settings(missing), "unreachable");
    assertEquals(1, unreachable.exitCode(), unreachable.output());
    String expected =
        "FAILED: the domain cannot reach the PostgreSQL database "
            + missing
            + " on "
            + database.host()
            + ":"
            + database.port();
    assertTrue(unreachable.output().contains(expected), unreachable.output());
    assertFalse(unreachable.output().contains("Upgrading casereviews"), unreachable.output());
  }

  /** The settings file an administrator would write, readable by its owner only. */
  private static Path settings(String databaseName) throws IOException {
    String text =
        String.join(
            "\n",
            "ASADMIN='" + domain.asadmin() + "'",
            "ADMIN_HOST=localhost",
            "ADMIN_PORT=" + domain.adminPort(),
            "ADMIN_USER=admin",
            "DB_HOST=" + database.host(),
            "DB_PORT=" + database.port(),
            "DB_NAME=" + databaseName,
            "DB_USER=" + database.user(),
            "DB_PASSWORD='" + DB_PASSWORD + "'",
            "POSTGRESQL_DRIVER='" + System.getProperty("casereviews.it.postgresDriver") + "'",
            "MAIL_HOST=127.0.0.1",
            // nothing is sent: the schedules are off
            "MAIL_PORT=25",
            "MAIL_FROM=casereviews@example.org",
            "INITIAL_ADMIN_PASSWORD='" + INITIAL_PASSWORD + "'",
            "CASEREVIEWS_CONFIG='",
            "casereviews.reminders.schedule=off",
            "casereviews.reviews.reference-pattern=SCP {fy}/{seq:2}",
            "'",
            "EAR='" + System.getProperty("casereviews.it.ear") + "'",
            "");
    Path file = WORK.resolve("settings-" + databaseName);
    Files.createDirectories(WORK);
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  private static Command script(Path settings, String run) {
    Command command =
        Command.run(
            List.of(
                "bash", System.getProperty("casereviews.it.installScript"), settings.toString()),
            Map.of(),
            Duration.ofMinutes(10),
            WORK.resolve("install-on-domain-" + run + ".log"));
    LOG.info(() -> "install-on-domain.sh, " + run + " run: " + command.took().toSeconds() + " s");
    return command;
  }

  /** The login page, the API as the first administrator, and the readiness check on PostgreSQL. */
  private static void answers() {
    String server = "http://localhost:" + domain.httpPort();
    HttpResponse<String> login = Http.get(server + "/casereviews/login.xhtml", null);
    assertEquals(200, login.statusCode(), login.body());

    HttpResponse<String> me =
        Http.get(server + "/casereviews/api/v1/me", Http.basic("admin", INITIAL_PASSWORD));
    assertEquals(200, me.statusCode(), me.body());
    assertEquals("admin", Http.json(me).asJsonObject().getString("username"));

    HttpResponse<String> ready = Http.get(server + "/health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject health = Http.json(ready).asJsonObject();
    assertEquals("UP", health.getString("status"), ready.body());
    JsonObject databaseCheck =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("casereviews-database"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("data");
    assertEquals("jdbc/casereviews", databaseCheck.getString("datasource"), ready.body());
    assertEquals("PostgreSQL", databaseCheck.getString("database"), ready.body());
  }

  /** The earlier release's officer still signs in, with her role, and her review is there. */
  private static void dataKept(long review) throws SQLException {
    String server = "http://localhost:" + domain.httpPort() + "/casereviews/api/v1";
    String officer = Http.basic(PreviousRelease.OFFICER, PreviousRelease.OFFICER_PASSWORD);
    HttpResponse<String> me = Http.get(server + "/me", officer);
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(
        List.of("review-officer"),
        Http.json(me).asJsonObject().getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());

    HttpResponse<String> answer = Http.get(server + "/reviews/" + review, officer);
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject kept = Http.json(answer).asJsonObject();
    assertEquals(PreviousRelease.REFERENCE, kept.getString("reference"), answer.body());
    assertEquals(PreviousRelease.PSEUDONYM, kept.getString("pseudonym"), answer.body());
    assertEquals(PreviousRelease.OFFICER, kept.getString("caseOfficer"), answer.body());

    assertEquals(2, count("SELECT COUNT(*) FROM user_account"), "no first admin made again");
    assertEquals(1, count("SELECT COUNT(*) FROM review"));
  }

  /**
   * Flyway's history reaches the latest migration of this EAR, past the earlier release's.
   *
   * @return the number of migrations in the history
   */
  private static int schemaIsTheLatest() {
    MigrationInfoService info = database.flyway().load().info();
    MigrationVersion latest =
        Arrays.stream(info.all())
            .map(MigrationInfo::getVersion)
            .max(MigrationVersion::compareTo)
            .orElseThrow();
    MigrationVersion current = info.current().getVersion();
    assertEquals(latest, current, "the schema is at the EAR's latest migration");
    assertTrue(
        current.compareTo(MigrationVersion.fromVersion(PreviousRelease.SCHEMA_VERSION)) > 0,
        "upgraded past " + PreviousRelease.SCHEMA_VERSION + ": " + current);
    assertEquals(0, info.pending().length, "no migration left pending");
    return info.applied().length;
  }

  /**
   * The domain's configuration names the alias, never the database password itself, and holds the
   * mail session and the configuration values given.
   */
  private static void domainConfiguration() throws IOException {
    String config = Files.readString(domain.config());
    assertTrue(config.contains("${ALIAS=casereviews-db}"), "the pool's password is the alias");
    assertFalse(config.contains(DB_PASSWORD), "the database password in clear in domain.xml");
    assertTrue(config.contains("jndi-name=\"mail/casereviews\""), "the mail session");
    assertTrue(
        config.contains(
            "name=\"payara.microprofile.casereviews.reviews.reference-pattern\""
                + " value=\"SCP {fy}/{seq:2}\""),
        "a value of CASEREVIEWS_CONFIG set with --source=domain");
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String since(long start) {
    return Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s";
  }
}
