package org.casereviews.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.casereviews.batch.childdeaths.ImportInbox;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the child-death inbox ({@code casereviews.import.inbox}) is a folder the server
 * can write in: other systems drop their files there, and each import moves its file on from it.
 * Reports the folder and how many files wait in it. Reported at the server's /health.
 */
@Readiness
@ApplicationScoped
public class InboxHealthCheck implements HealthCheck {

  @Inject ImportInbox inbox;

  void createAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object application) {
    // observing the start of the application makes the container create this bean then
  }

  @Override
  public HealthCheckResponse call() {
    return check(inbox::folder, () -> inbox.waiting().size());
  }

  /**
   * @param folder the inbox, made when it is not there yet (fails when it cannot be)
   * @param waiting how many files wait in it
   */
  static HealthCheckResponse check(Supplier<Path> folder, Supplier<Integer> waiting) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("casereviews-import-inbox");
    try {
      Path inbox = folder.get();
      response.withData("folder", inbox.toString());
      if (!Files.isDirectory(inbox) || !Files.isWritable(inbox)) {
        return response
            .down()
            .withData("error", "The server cannot write in the folder " + inbox + ".")
            .build();
      }
      return response.up().withData("waiting", waiting.get()).build();
    } catch (UncheckedIOException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
