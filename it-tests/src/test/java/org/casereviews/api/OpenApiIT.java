package org.casereviews.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.casereviews.it.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document other systems are built from: the server's {@code /openapi}. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  @Test
  void describesTheExportsTheRotationAndGivesExamples() {
    HttpResponse<String> document = Http.get(Http.server() + "/openapi", null);

    assertEquals(200, document.statusCode());
    String yaml = document.body();
    for (String expected :
        new String[] {
          "/api/v1/reviews/export",
          "/api/v1/actions/export",
          "/api/v1/users/{id}/password-rotation",
          "An infant with unexplained bruising",
          "A system account for an agency's case system",
          "A child-death import that has ended",
          "Done, for the partnership to assure"
        }) {
      assertTrue(yaml.contains(expected), "the document has " + expected);
    }
  }
}
