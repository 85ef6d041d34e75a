package org.casereviews.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API root, /casereviews/api/v1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "casereviews API",
            version = "1",
            description =
                "Case reviews and child death reviews of a Safeguarding Children Partnership."
                    + " Sign in with HTTP Basic as a user (system account) that has a role."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // answer unknown URLs with the API's own JSON 404, not the screens' error page
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
