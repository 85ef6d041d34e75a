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
import org.casereviews.security.AccountKind;
import org.casereviews.security.UserAccount;
import org.casereviews.security.UserDetails;
import org.casereviews.security.UserService;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ReferenceDataService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
      AccountKind kind,
      String fullName,
      String email,
      List<String> roles,
      String agency,
      boolean enabled,
      Instant lockedUntil,
      Instant lastLoginAt,
      Instant passwordChangedAt,
      Instant previousPasswordValidUntil,
      long version) {

    static UserView of(UserAccount user) {
      return new UserView(
          user.getId(),
          user.getUsername(),
          user.getKind(),
          user.getFullName(),
          user.getEmail(),
          user.getRoles().stream().sorted().toList(),
          user.getAgency() == null ? null : user.getAgency().getCode(),
          user.isEnabled(),
          user.getLockedUntil(),
          user.getLastLoginAt(),
          user.getPasswordChangedAt(),
          user.getPreviousPasswordUntil(),
          user.getVersion());
    }
  }

  /** A system account's new password, shown this once, and until when the previous one works. */
  public record RotatedPasswordView(
      long id, String username, String password, Instant previousPasswordValidUntil) {}

  /**
   * A new user; {@code kind} is {@code PERSON} (the default) or {@code SYSTEM} for another council
   * system, {@code agency} an agency code such as POLICE.
   */
  public record NewUser(
      String username,
      AccountKind kind,
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
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "A system account for an agency's case system",
                      value =
                          "{\"username\": \"police.referrals\", \"kind\": \"SYSTEM\","
                              + " \"fullName\": \"Police referral system\", \"roles\":"
                              + " [\"agency-liaison\"], \"agency\": \"POLICE\", \"password\":"
                              + " \"a long random passphrase\"}")))
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
    AccountKind kind = request.kind() == null ? AccountKind.PERSON : request.kind();
    UserAccount created = users.create(request.username(), kind, details, request.password());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
        .entity(UserView.of(created))
        .build();
  }

  @POST
  @Path("{id}/password-rotation")
  @Operation(
      summary = "Rotate a system account's password (partnership-admin)",
      description =
          "Gives the system account a new random password, in the answer only (it is kept as a"
              + " hash). The previous password goes on working until previousPasswordValidUntil"
              + " (casereviews.security.previous-password-valid, a day by default), so that the"
              + " calling system can be given the new one without a failed call.")
  @APIResponse(
      responseCode = "200",
      description = "The new password, shown this once",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "Rotated",
                      value =
                          "{\"id\": 1050, \"username\": \"police.referrals\", \"password\":"
                              + " \"Xk7mQ2pR9vT4wY8bN3cF6hJd\", \"previousPasswordValidUntil\":"
                              + " \"2026-12-02T09:30:00Z\"}")))
  public Response rotatePassword(@PathParam("id") long id) {
    UserService.RotatedPassword rotated = users.rotatePassword(id);
    return Response.ok(
            new RotatedPasswordView(
                id,
                rotated.account().getUsername(),
                rotated.password(),
                rotated.previousValidUntil()))
        .header("Cache-Control", "no-store")
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
