package org.casereviews.web.admin.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.batch.jobs.JobRun;
import org.junit.jupiter.api.Test;

class RunViewTest {

  private static final Instant START = Instant.parse("2026-11-16T06:30:00Z");

  @Test
  void aRunningJobThatSaysNothingGetsAMovingBar() {
    RunView run = RunView.of(report("STARTED", null, null, null));

    assertTrue(run.isRunning());
    assertFalse(run.isDeterminate());
    assertEquals("Running", run.getStatusLabel());
  }

  @Test
  void aRunningJobThatPublishesItsProgressGetsAFillingBar() {
    RunView run = RunView.of(report("STARTED", null, 40, null));

    assertTrue(run.isDeterminate());
    assertEquals(40, run.getPercentDone());
  }

  @Test
  void anEndedRunFillsItsBarAndSaysWhatItDid() {
    RunView run =
        RunView.of(
            report(
                "COMPLETED",
                START.plusSeconds(2),
                null,
                "{\"summary\":\"Reminded 1 agency about 2 actions.\"}"));

    assertFalse(run.isRunning());
    assertFalse(run.isFailed());
    assertTrue(run.isDeterminate());
    assertEquals(100, run.getPercentDone());
    assertEquals("Reminded 1 agency about 2 actions.", run.getSummary());
    assertEquals("Completed", run.getStatusLabel());
  }

  @Test
  void aRunWithoutASummaryIsSummedUpByItsExitStatus() {
    RunView run = RunView.of(report("FAILED", START.plusSeconds(1), null, null));

    assertTrue(run.isFailed());
    assertEquals("exit", run.getSummary());
  }

  @Test
  void durationsAreWrittenAsPeopleSayThem() {
    assertEquals("0.4 s", RunView.duration(START, START.plusMillis(400), null));
    assertEquals("12 s", RunView.duration(START, START.plusSeconds(12), null));
    assertEquals("3 min 5 s", RunView.duration(START, START.plusSeconds(185), null));
    assertEquals("2 h 10 min", RunView.duration(START, START.plusSeconds(7800), null));
    assertEquals("15 s", RunView.duration(START, null, START.plusSeconds(15)));
    assertEquals("", RunView.duration(null, null, START));
  }

  private static JobReport report(String status, Instant ended, Integer percent, String json) {
    return new JobReport(
        new JobRun(12, "action-reminders", status, "exit", START, ended), 3, 2, 1, json, percent);
  }
}
