package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casereviews.publication.PublicDocument;
import org.casereviews.publication.PublicReview;
import org.casereviews.publication.PublicReviews;
import org.casereviews.review.ReviewTheme;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * The published reviews for the council's own web site, with no sign-in: the same list as the
 * public page (/public/reviews.xhtml), newest first, with the addresses to download each public
 * document and, for an archived review, to request its reports.
 */
@Path("public/reviews")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class PublicReviewResource {

  /**
   * A public document; {@code url} downloads it while it is {@code available}, and is null once it
   * has been archived with its review (then it is available on request).
   */
  public record DocumentView(
      long id,
      String kind,
      String title,
      String fileType,
      String fileName,
      long sizeBytes,
      String size,
      boolean available,
      LocalDate archivedOn,
      String url) {}

  /** A published review; {@code requestUrl} is the form to ask for its reports once archived. */
  public record PublicReviewView(
      long id,
      String reference,
      String pseudonym,
      String type,
      String category,
      LocalDate publishedOn,
      boolean archived,
      LocalDate archivedOn,
      String requestUrl,
      String summary,
      List<String> themes,
      List<DocumentView> documents) {}

  /** A theme to filter by: its code for {@code theme=} and its name. */
  public record ThemeView(String code, String name) {}

  /** What the list can be filtered by: the years with published reviews and their themes. */
  public record FiltersView(List<Integer> years, List<ThemeView> themes) {}

  @EJB private PublicReviews reviews;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Published reviews, newest first, a page at a time (no sign-in)",
      description =
          "Filters: year (published) and theme (a theme code; one no published review has gives"
              + " an empty list). Archived reviews are listed with archived=true: their full"
              + " documents are no longer available, and requestUrl is the form to ask for them.")
  public Response list(
      @QueryParam("year") Integer year,
      @QueryParam("theme") String theme,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    Long themeId = null;
    if (theme != null && !theme.isBlank()) {
      themeId = themeOfPublishedReviews(theme).orElse(null);
      if (themeId == null) {
        return paging.answer(List.of(), 0, uri);
      }
    }
    List<PublicReviewView> items =
        reviews.page(year, themeId, paging.first(), paging.size()).stream()
            .map(this::view)
            .toList();
    return paging.answer(items, reviews.count(year, themeId), uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One published review (no sign-in); 404 for any other review")
  public PublicReviewView get(@PathParam("id") long id) {
    return reviews
        .find(id)
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("There is no published review " + id + "."));
  }

  @GET
  @Path("filters")
  @Operation(summary = "The years and themes of the published reviews, to filter the list by")
  public FiltersView filters() {
    return new FiltersView(
        reviews.years(),
        reviews.themes().stream().map(t -> new ThemeView(t.getCode(), t.getName())).toList());
  }

  private Optional<Long> themeOfPublishedReviews(String code) {
    return reviews.themes().stream()
        .filter(t -> t.getCode().equalsIgnoreCase(code.strip()))
        .map(ReviewTheme::getId)
        .findFirst();
  }

  private PublicReviewView view(PublicReview r) {
    return new PublicReviewView(
        r.id(),
        r.reference(),
        r.pseudonym(),
        r.type(),
        r.category(),
        r.publishedOn(),
        r.archived(),
        r.archivedOn(),
        r.archived() ? address("public/request-archived.xhtml?review=" + r.id()) : null,
        r.summary(),
        r.themes(),
        r.documents().stream().map(this::view).toList());
  }

  private DocumentView view(PublicDocument d) {
    return new DocumentView(
        d.id(),
        d.kind(),
        d.title(),
        d.fileType(),
        d.fileName(),
        d.sizeBytes(),
        d.size(),
        d.available(),
        d.archivedOn(),
        d.available() ? address("public/documents/" + d.id()) : null);
  }

  /** An address of the application's public pages, such as .../casereviews/public/documents/7. */
  private String address(String path) {
    URI apiRoot = uri.getBaseUri(); // .../casereviews/api/v1/
    return apiRoot.resolve("../../" + path).toString();
  }
}
