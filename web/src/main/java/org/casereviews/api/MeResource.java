package org.casereviews.api;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casereviews.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is signed in as: lets a system account check its credentials and roles. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller and the roles they hold. */
  public record Me(String username, List<String> roles) {}

  @Inject private SecurityContext security;

  @GET
  @Operation(summary = "The signed-in caller and their roles")
  public Me me() {
    return new Me(
        security.getCallerPrincipal().getName(),
        Roles.ALL.stream().filter(security::isCallerInRole).toList());
  }
}
