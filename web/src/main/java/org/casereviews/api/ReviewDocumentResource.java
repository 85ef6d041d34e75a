package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.casereviews.api.DocumentJson.DocumentChange;
import org.casereviews.api.DocumentJson.DocumentView;
import org.casereviews.api.DocumentJson.VersionView;
import org.casereviews.publication.DocumentKind;
import org.casereviews.publication.DocumentService;
import org.casereviews.publication.ReviewDocument;
import org.casereviews.publication.StoredFile;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.TooLargeException;
import org.casereviews.web.StoredFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * /reviews/{id}/documents: a review's documents (a root resource of its own: its path has more
 * literal characters than {@code reviews}, so requests under it come here). Files are sent as the
 * request body, streamed into the database; review officers add and change them, whoever may read
 * reviews may read and download them (audited).
 */
@Path("reviews/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewDocumentResource {

  @EJB private DocumentService documents;

  @Context private UriInfo uri;

  @PathParam("id")
  private long reviewId;

  @GET
  @Operation(summary = "The review's documents with their current files")
  public List<DocumentView> list() {
    return documents.list(reviewId).stream().map(d -> DocumentView.of(d, null)).toList();
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Add a document: the file as the body (review-officer)",
      description =
          "?kind=FULL_REPORT|EXECUTIVE_SUMMARY|PRACTITIONER_BRIEFING|BRIEFING_NOTE|PRESENTATION|OTHER"
              + "&title=...&public=true|false&name=report.pdf. PDF, Word (.docx) or PowerPoint"
              + " (.pptx), checked by content; 413 over casereviews.documents.max-bytes.")
  public Response add(
      @QueryParam("kind") String kind,
      @QueryParam("title") String title,
      @QueryParam("public") Boolean publicDocument,
      @QueryParam("name") String name,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    if (publicDocument == null) {
      throw new BusinessException(
          "public", "Say whether the public may see the document: public=true or public=false.");
    }
    ReviewDocument added =
        withinLimit(
            length,
            body,
            () -> documents.add(reviewId, kind(kind), title, publicDocument, name, body));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.getId())).build())
        .entity(DocumentView.of(added, documents.versions(added.getId())))
        .build();
  }

  @GET
  @Path("{documentId}")
  @Operation(summary = "One document with all its versions, newest first")
  public DocumentView get(@PathParam("documentId") long documentId) {
    return DocumentView.of(mine(documentId), documents.versions(documentId));
  }

  @PATCH
  @Path("{documentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a document's kind, title or whether it is public (review-officer)",
      description = "Send the version read; 409 when someone changed it since.")
  public DocumentView change(@PathParam("documentId") long documentId, DocumentChange body) {
    if (body == null || body.version() == null) {
      throw new BusinessException("version", "Send the version of the document you read.");
    }
    ReviewDocument document = mine(documentId);
    documents.change(
        documentId,
        body.version(),
        body.kind() == null ? document.getKind() : kind(body.kind()),
        body.title() == null ? document.getTitle() : body.title(),
        body.publicDocument() == null ? document.isPublicDocument() : body.publicDocument());
    return get(documentId);
  }

  @POST
  @Path("{documentId}/versions")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Add a new file to a document: the file as the body, ?name= (review-officer)",
      description = "The earlier files are kept as versions.")
  public Response addVersion(
      @PathParam("documentId") long documentId,
      @QueryParam("name") String name,
      @HeaderParam("Content-Length") Long length,
      InputStream body) {
    mine(documentId);
    VersionView added =
        VersionView.of(
            withinLimit(length, body, () -> documents.addVersion(documentId, name, body)));
    return Response.created(uri.getAbsolutePath()).entity(added).build();
  }

  @GET
  @Path("{documentId}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a document's file (audited): the current one, or ?version=N",
      description = "Streamed as it is read from the database.")
  public Response content(
      @PathParam("documentId") long documentId, @QueryParam("version") Integer version) {
    mine(documentId);
    StoredFile file = documents.open(documentId, version);
    return Response.ok(StoredFiles.stream(file, documents), file.mediaType())
        .header("Content-Disposition", StoredFiles.disposition(file))
        .header("Content-Length", file.sizeBytes())
        .build();
  }

  private ReviewDocument mine(long documentId) {
    ReviewDocument document = documents.get(documentId);
    if (document.getReview().getId() != reviewId) {
      throw new NotFoundException("Review " + reviewId + " has no document " + documentId + ".");
    }
    return document;
  }

  /**
   * Stores an upload, refusing it at once when its announced length is over the limit. A refused
   * body is read to its end (and dropped), so that the client, still sending, hears the answer.
   */
  private <T> T withinLimit(Long length, InputStream body, Supplier<T> store) {
    try {
      if (length != null && length > documents.getMaxBytes()) {
        throw new TooLargeException(
            "file",
            "The file is larger than the limit of "
                + documents.getMaxSize()
                + " for review documents.");
      }
      return store.get();
    } catch (TooLargeException e) {
      drain(body);
      throw e;
    }
  }

  private static void drain(InputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the client has gone: there is no one to answer
    }
  }

  private static DocumentKind kind(String kind) {
    return Enums.parse(DocumentKind.class, kind, "kind", Enums.names(DocumentKind.class));
  }
}
