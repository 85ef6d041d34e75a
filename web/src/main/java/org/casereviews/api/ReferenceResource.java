package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casereviews.agency.Agency;
import org.casereviews.review.ReviewTheme;
import org.casereviews.shared.ReferenceDataService;
import org.casereviews.shared.ReferenceItem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reference lists other systems use to fill the code columns of what they send: agencies and
 * review themes. Any role may read them; partnership administrators may add entries.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  /** One entry of a reference list. */
  public record Entry(long id, String code, String name, boolean active) {

    static Entry of(ReferenceItem item) {
      return new Entry(item.getId(), item.getCode(), item.getName(), item.isActive());
    }
  }

  /** A new entry. */
  public record NewEntry(String code, String name) {}

  @EJB private ReferenceDataService service;

  @Context private UriInfo uri;

  @GET
  @Path("agencies")
  @Operation(summary = "The partner agencies, retired ones too")
  public List<Entry> agencies() {
    return service.list(Agency.class).stream().map(Entry::of).toList();
  }

  @POST
  @Path("agencies")
  @Operation(summary = "Add an agency (partnership-admin)")
  public Response addAgency(NewEntry entry) {
    return created("agencies", service.create(Agency.class, code(entry), name(entry)));
  }

  @GET
  @Path("themes")
  @Operation(summary = "The review themes, retired ones too")
  public List<Entry> themes() {
    return service.list(ReviewTheme.class).stream().map(Entry::of).toList();
  }

  @POST
  @Path("themes")
  @Operation(summary = "Add a review theme (partnership-admin)")
  public Response addTheme(NewEntry entry) {
    return created("themes", service.create(ReviewTheme.class, code(entry), name(entry)));
  }

  private Response created(String list, ReferenceItem item) {
    return Response.created(uri.getBaseUriBuilder().path(list).build())
        .entity(Entry.of(item))
        .build();
  }

  private static String code(NewEntry entry) {
    return entry == null ? null : entry.code();
  }

  private static String name(NewEntry entry) {
    return entry == null ? null : entry.name();
  }
}
