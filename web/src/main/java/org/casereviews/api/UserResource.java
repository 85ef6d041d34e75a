package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.casereviews.agency.Agency;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserDetails;
import org.casereviews.security.UserService;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ReferenceDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * User accounts, for provisioning people and system accounts from the council's own tools.
 * Partnership administrators only (the service checks); password hashes never leave.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

  /** A user as the API shows it. */
  public record UserView(
      long id,
      String username,
      String fullName,
      String email,
      List<String> roles,
      String agency,
      boolean enabled,
      Instant lockedUntil,
      Instant lastLoginAt) {

    static UserView of(UserAccount user) {
      return new UserView(
          user.getId(),
          user.getUsername(),
          user.getFullName(),
          user.getEmail(),
          user.getRoles().stream().sorted().toList(),
          user.getAgency() == null ? null : user.getAgency().getCode(),
          user.isEnabled(),
          user.getLockedUntil(),
          user.getLastLoginAt());
    }
  }

  /** A new user; {@code agency} is an agency code such as POLICE. */
  public record NewUser(
      String username,
      String fullName,
      String email,
      List<String> roles,
      String agency,
      String password) {}

  @EJB private UserService users;

  @EJB private ReferenceDataService referenceData;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "All users (partnership-admin)")
  public List<UserView> list() {
    return users.list().stream().map(UserView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One user (partnership-admin)")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.get(id));
  }

  @POST
  @Operation(summary = "Create a user or system account (partnership-admin)")
  public Response create(NewUser request) {
    if (request == null) {
      throw new BusinessException("Send the new user as a JSON object.");
    }
    UserDetails details =
        new UserDetails(
            request.fullName(),
            request.email(),
            request.roles() == null ? Set.of() : Set.copyOf(request.roles()),
            agencyId(request.agency()));
    UserAccount created = users.create(request.username(), details, request.password());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
        .entity(UserView.of(created))
        .build();
  }

  private Long agencyId(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return referenceData.list(Agency.class).stream()
        .filter(agency -> agency.getCode().equalsIgnoreCase(code.trim()))
        .map(Agency::getId)
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessException("agency", "There is no agency with the code " + code + "."));
  }
}
