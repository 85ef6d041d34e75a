package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.publication.PublicLink;
import org.casereviews.publication.PublicLinkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * The links of the public page (national reviews, thematic collections, other partnerships'
 * reviews, national guidance) for the council's own web site, with no sign-in.
 */
@Path("public/links")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PublicLinkResource {

  /**
   * One link: {@code section} a code (NATIONAL_REVIEW, THEMATIC_COLLECTION, OTHER_PARTNERSHIP,
   * NATIONAL_GUIDANCE) with its heading, {@code collection} the thematic collection it belongs to
   * (or null).
   */
  public record LinkView(
      long id,
      String section,
      String sectionLabel,
      String collection,
      String title,
      String url,
      String note,
      String source,
      LocalDate dated,
      int position) {}

  @EJB private PublicLinkService links;

  @GET
  @Operation(
      summary = "The public page's links, in its order: by section, collection and position",
      description = "No sign-in.")
  public List<LinkView> list() {
    return links.list().stream().map(PublicLinkResource::view).toList();
  }

  private static LinkView view(PublicLink link) {
    return new LinkView(
        link.getId(),
        link.getSection().name(),
        link.getSection().getLabel(),
        link.getCollection(),
        link.getTitle(),
        link.getUrl(),
        link.getNote(),
        link.getSource(),
        link.getDated(),
        link.getPosition());
  }
}
