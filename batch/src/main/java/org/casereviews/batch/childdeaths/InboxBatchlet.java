package org.casereviews.batch.childdeaths;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** The inbox job's one step: starts an import of every file waiting in the inbox. */
@Dependent
@Named("InboxBatchlet")
public class InboxBatchlet extends AbstractBatchlet {

  @Inject StepContext step;

  @Inject ImportInbox inbox;

  @EJB private InboxRunner runner;

  @Override
  public String process() {
    List<Long> started = runner.importInbox();
    JsonArrayBuilder runs = Json.createArrayBuilder();
    started.forEach(runs::add);
    String summary =
        started.isEmpty()
            ? "No file was waiting in the inbox " + inbox.folder() + "."
            : "Started the import of "
                + started.size()
                + (started.size() == 1 ? " file" : " files")
                + " from the inbox "
                + inbox.folder()
                + ": runs "
                + started
                + ".";
    step.setPersistentUserData(
        Json.createObjectBuilder()
            .add("summary", summary)
            .add("inbox", inbox.folder().toString())
            .add("importRuns", runs)
            .build()
            .toString());
    return "STARTED " + started.size();
  }
}
