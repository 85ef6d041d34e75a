package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathRecords;
import org.casereviews.cdop.DeathNotification;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Child death records and their imports. CDOP officers and administrators only (the services
 * check). Every child-death endpoint lives here: JAX-RS picks one root class per path.
 */
@Path("child-deaths")
@Produces(MediaType.APPLICATION_JSON)
public class ChildDeathResource {

  /** The run just started. */
  public record Started(long executionId, String job) {}

  @EJB private ChildDeathImport imports;

  @EJB private ChildDeathRecords records;

  @Context private UriInfo uri;

  @POST
  @Path("imports")
  @Consumes({ReviewImportResource.TEXT_CSV, "application/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import a child-death file, format v1 (cdop-officer, partnership-admin)",
      description =
          "The body is the file (UTF-8 CSV, format v1 of DESIGN.md); name= gives the file's name."
              + " 202 with the run's address in Location: follow it with GET /jobs/{executionId}"
              + " until endedAt is set; its report counts the rows read, loaded and rejected and"
              + " lists the rejected rows with line, column and reason. A file that is not format"
              + " v1 at all fails the run with one reason and loads nothing.")
  public Response importFile(@QueryParam("name") String name, InputStream body) {
    return started(
        imports.upload(body, name == null ? "child-deaths.csv" : name, ImportOrigin.API));
  }

  @POST
  @Path("imports")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import a child-death file sent as a form upload (cdop-officer, partnership-admin)",
      description = "The same as the CSV body, with the file in the form's part named file.")
  public Response importUpload(List<EntityPart> parts) throws IOException {
    EntityPart file =
        parts.stream()
            .filter(part -> "file".equals(part.getName()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "file", "Send the file in the form's part named 'file'."));
    try (InputStream content = file.getContent()) {
      return started(
          imports.upload(content, file.getFileName().orElse("child-deaths.csv"), ImportOrigin.API));
    }
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One child death record (cdop-officer, partnership-admin; every read audited)",
      description =
          "The record's analysis data, the child's identity (names, NHS number, postcode) and the"
              + " notifications that reported the death, from every source.")
  public ChildDeathJson record(@PathParam("id") long id) {
    ChildDeath record = records.get(id);
    return ChildDeathJson.of(record, records.identity(id), records.notifications(id));
  }

  @GET
  @Path("notifications")
  @Operation(
      summary = "The notification a source system sent (cdop-officer, partnership-admin)",
      description =
          "system and ref are the file's source_system and source_ref. childDeathId is the record"
              + " it is on, or null while possibleMatches (the records it may be of) wait for a"
              + " person to confirm one.")
  public NotificationJson notification(
      @QueryParam("system") String system, @QueryParam("ref") String ref) {
    DeathNotification found =
        records
            .notification(system == null ? "" : system.strip().toUpperCase(Locale.ROOT), ref)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No notification " + system + " " + ref + " has been received."));
    return NotificationJson.of(found, records.openMatches(found.getId()));
  }

  private Response started(long execution) {
    return Response.accepted(new Started(execution, ChildDeathImport.JOB))
        .location(uri.getBaseUriBuilder().path("jobs/{id}").build(execution))
        .build();
  }
}
