package org.casereviews.batch.reminders;

import static org.casereviews.batch.reminders.ReminderRuns.action;
import static org.casereviews.batch.reminders.ReminderRuns.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.casereviews.it.mail.MailServer;
import org.casereviews.security.Roles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The action reminders job on the real EAR, mailing through a real SMTP server: each agency's
 * liaison officers get exactly their agency's overdue and soon-due actions, the partnership the
 * overdue ones by agency, and an agency whose mail is refused is reported while the others are
 * still mailed. The test domain sends the digest to {@link #PARTNERSHIP} (see pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionRemindersIT {

  private static final String PARTNERSHIP = "scp-business-unit@example.org";

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @RegisterExtension final MailServer mail = MailServer.forEachTest();

  @Test
  void eachAgencysLiaisonOfficersGetOneMailWithExactlyTheirOverdueAndSoonDueActions() {
    String north1 = "north1." + tag + "@police.example";
    String north2 = "north2." + tag + "@police.example";
    String northGone = "north3." + tag + "@police.example";
    String south = "south." + tag + "@health.example";
    String northName = "North Police " + tag;
    String southName = "South Health " + tag;
    ReminderRuns.agency(
        northName,
        List.of(north1, north2),
        List.of(northGone),
        List.of(
            action("North overdue " + tag, -3, false),
            action("North soon " + tag, 5, false),
            action("North later " + tag, 20, false),
            action("North done " + tag, 2, true)));
    ReminderRuns.agency(
        southName,
        List.of(south),
        List.of(),
        List.of(
            action("South last day " + tag, 14, false), action("South late " + tag, -10, false)));

    JsonObject run = ReminderRuns.runToTheEnd();

    assertEquals("COMPLETED", run.getString("status"), run.toString());
    List<MimeMessage> toNorth = mail.to(north1);
    assertEquals(1, toNorth.size(), "one mail for the agency's officers");
    assertEquals(Set.of(north1, north2), Set.copyOf(MailServer.recipients(toNorth.get(0))));
    assertEquals(List.of(), mail.to(northGone), "a disabled officer is not mailed");
    assertEquals(
        "Actions of " + northName + ": 1 overdue, 1 due within 14 days",
        MailServer.subject(toNorth.get(0)));
    String northText = MailServer.text(toNorth.get(0));
    assertTrue(northText.contains("North overdue " + tag), northText);
    assertTrue(northText.contains("3 days overdue"), northText);
    assertTrue(northText.contains("North soon " + tag), northText);
    assertFalse(northText.contains("North later " + tag), "due in 20 days: " + northText);
    assertFalse(northText.contains("North done " + tag), "awaiting assurance: " + northText);
    assertFalse(northText.contains("South"), "another agency's actions: " + northText);

    List<MimeMessage> toSouth = mail.to(south);
    assertEquals(1, toSouth.size());
    assertEquals(List.of(south), MailServer.recipients(toSouth.get(0)));
    String southText = MailServer.text(toSouth.get(0));
    assertTrue(southText.contains("South last day " + tag), southText);
    assertTrue(southText.contains("South late " + tag), southText);
    assertFalse(southText.contains("North"), southText);

    JsonObject north = entry(run, "reminded", northName);
    assertEquals(2, north.getInt("recipients"));
    assertEquals(2, north.getInt("actions"));
    assertEquals(2, entry(run, "reminded", southName).getInt("actions"));

    List<MimeMessage> digests = mail.to(PARTNERSHIP);
    assertEquals(1, digests.size());
    String digest = MailServer.text(digests.get(0));
    assertTrue(digest.contains("\n" + northName + " (1)\n"), digest);
    assertTrue(digest.contains("North overdue " + tag), digest);
    assertTrue(digest.contains("\n" + southName + " (1)\n"), digest);
    assertTrue(digest.contains("South late " + tag), digest);
    assertFalse(digest.contains("North soon " + tag), "not overdue: " + digest);
    assertFalse(digest.contains("South last day " + tag), "not overdue: " + digest);
  }

  @Test
  void anAgencyWhoseMailIsRefusedIsReportedAndTheOthersAreStillMailed() {
    String gone = "left." + tag + "@schools.example";
    String fine = "duty." + tag + "@housing.example";
    String refusedName = "Refused Schools " + tag;
    String fineName = "Fine Housing " + tag;
    mail.refuse(gone);
    ReminderRuns.agency(
        refusedName, List.of(gone), List.of(), List.of(action("Schools late " + tag, -1, false)));
    ReminderRuns.agency(
        fineName, List.of(fine), List.of(), List.of(action("Housing soon " + tag, 1, false)));

    JsonObject run = ReminderRuns.runToTheEnd();

    assertEquals("COMPLETED", run.getString("status"), run.toString());
    assertTrue(run.getString("exitStatus").contains("not reminded"), run.getString("exitStatus"));
    assertTrue(run.getJsonNumber("skipped").longValue() >= 1, run.toString());
    JsonObject refused = entry(run, "notReminded", refusedName);
    assertNotNull(refused, run.toString());
    String reason = refused.getString("reason");
    assertTrue(reason.startsWith("The mail server refused " + gone + " (550 5.1.1"), reason);
    assertTrue(reason.endsWith("in Administration > Users."), reason);
    assertNull(entry(run, "reminded", refusedName));
    assertNotNull(entry(run, "reminded", fineName), run.toString());
    assertEquals(List.of(), mail.to(gone));
    List<MimeMessage> toFine = mail.to(fine);
    assertEquals(1, toFine.size());
    assertTrue(MailServer.text(toFine.get(0)).contains("Housing soon " + tag));

    String digest = MailServer.text(mail.to(PARTNERSHIP).get(0));
    assertTrue(digest.contains("- " + refusedName + ": The mail server refused " + gone), digest);
    assertTrue(digest.contains("Schools late " + tag), "still overdue: " + digest);
  }

  @Test
  void anAgencyWithNoLiaisonOfficerToMailIsReportedSo() {
    String name = "Nobody Probation " + tag;
    ReminderRuns.agency(
        name,
        List.of(),
        List.of("off." + tag + "@probation.example"),
        List.of(action("Probation late " + tag, -2, false)));

    JsonObject run = ReminderRuns.runToTheEnd();

    assertEquals(
        "No enabled liaison officer of "
            + name
            + " has an e-mail address: give one in Administration > Users.",
        entry(run, "notReminded", name).getString("reason"));
  }

  @Test
  void onlyAnAdministratorStartsTheRemindersOrSeesARunAndTheDashboardShowsIt() {
    String viewer = Http.basic(Users.create(Roles.VIEWER, null), Users.PASSWORD);
    JsonObject ended = ReminderRuns.runToTheEnd();
    String run = Http.app() + "/api/v1/jobs/" + ended.getJsonNumber("executionId");

    HttpResponse<String> start =
        Http.postJson(Http.app() + "/api/v1/jobs/action-reminders", viewer, "");
    HttpResponse<String> look = Http.get(run, viewer);
    HttpResponse<String> none = Http.get(Http.app() + "/api/v1/jobs/987654321", ReminderRuns.ADMIN);

    assertEquals(403, start.statusCode(), start.body());
    assertEquals(403, look.statusCode(), look.body());
    assertEquals(404, none.statusCode(), none.body());
    assertEquals("action-reminders", ended.getString("job"));
    assertNotNull(ended.getString("startedAt"));
    String dashboard = Http.get(Http.app() + "/admin/", ReminderRuns.ADMIN).body();
    assertTrue(dashboard.contains("action-reminders"), "the run is on the dashboard");
    assertTrue(dashboard.contains(ended.getString("exitStatus")), "with its outcome");
  }
}
