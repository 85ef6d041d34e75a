package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casereviews.it.Http;
import org.casereviews.it.Users;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council system signs each API request in with HTTP Basic, and sends several at once: every one
 * of them is signed in, none refused or failed because another recorded the same account's sign-in
 * at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSignInIT {

  private static final int REQUESTS = 48;

  @Test
  void oneAccountsRequestsSentAtOnceAreAllSignedIn() throws Exception {
    String system = Users.create(Roles.VIEWER, null);
    String auth = Http.basic(system, Users.PASSWORD);
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        sent.add(senders.submit(() -> Http.get(Http.app() + "/api/v1/me", auth)));
      }
      List<String> failed = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        HttpResponse<String> response = answer.get();
        if (response.statusCode() != 200) {
          failed.add(response.statusCode() + " " + response.body());
        }
      }
      assertEquals(List.of(), failed, "every request signed in");
    } finally {
      senders.shutdownNow();
    }
    HttpResponse<String> audit =
        Http.get(
            Http.app() + "/api/v1/audit-events?username=" + system + "&action=LOGIN&size=100",
            Http.basic("admin", Http.ADMIN_PASSWORD));
    assertEquals(REQUESTS, Http.json(audit).asJsonArray().size(), "each sign-in audited");
  }
}
