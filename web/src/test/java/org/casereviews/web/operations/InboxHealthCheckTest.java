package org.casereviews.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox's readiness check against real folders: one it can write in, and one it cannot make.
 */
class InboxHealthCheckTest {

  @TempDir Path dir;

  @Test
  void upWithTheFolderAndTheFilesWaiting() {
    HealthCheckResponse response = InboxHealthCheck.check(() -> dir, () -> 2);

    assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    Map<String, Object> data = response.getData().orElseThrow();
    assertEquals(dir.toString(), data.get("folder"));
    assertEquals(2L, ((Number) data.get("waiting")).longValue());
  }

  @Test
  void downWhenTheFolderCannotBeMade() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    HealthCheckResponse response =
        InboxHealthCheck.check(
            () -> {
              try {
                return Files.createDirectories(file.resolve("inbox"));
              } catch (IOException e) {
                throw new UncheckedIOException("The folder could not be made", e);
              }
            },
            () -> 0);

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    assertTrue(response.getData().orElseThrow().get("error").toString().contains("not be made"));
  }

  @Test
  void downWhenTheServerCannotWriteInIt() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    HealthCheckResponse response = InboxHealthCheck.check(() -> file, () -> 0);

    assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
  }
}
