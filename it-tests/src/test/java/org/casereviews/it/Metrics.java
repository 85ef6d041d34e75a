package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** The application's counters, read from the server's {@code /metrics?scope=application}. */
public final class Metrics {

  public static final String URL = Http.server() + "/metrics?scope=application";

  private Metrics() {}

  /**
   * A counter's value in the Prometheus text of the application's metrics: the line of {@code name}
   * whose labels hold {@code label}; 0 before the counter has been made.
   */
  public static double counter(String name, String label) {
    HttpResponse<String> response = Http.get(URL, null);
    if (response.statusCode() == 404) {
      return 0; // the server answers so while the application's scope has no metric yet
    }
    assertEquals(200, response.statusCode(), response.body());
    return response
        .body()
        .lines()
        .filter(line -> line.startsWith(name + "{") && line.contains(label))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  /** Sign-ins refused for {@code reason}, such as {@code WRONG_PASSWORD}. */
  public static double loginsFailed(String reason) {
    return counter("casereviews_logins_failed_total", "reason=\"" + reason + "\"");
  }
}
