package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.cdop.CdopStatus;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.ChildDeathCriteria;
import org.casereviews.cdop.ChildDeathExport;
import org.casereviews.cdop.ChildDeathRecords;
import org.casereviews.cdop.ChildDeathSearch;
import org.casereviews.cdop.DeathNotification;
import org.casereviews.cdop.ExportFile;
import org.casereviews.cdop.MatchDecision;
import org.casereviews.cdop.MatchQueue;
import org.casereviews.cdop.PanelReviews;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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

  @EJB private PanelReviews panel;

  @Context private UriInfo uri;

  // ---- The list, the export and the possible matches ----

  @EJB private ChildDeathSearch search;

  @EJB private ChildDeathExport export;

  @EJB private MatchQueue matches;

  @GET
  @Operation(
      summary = "Child death records, a page at a time (cdop-officer, partnership-admin)",
      description =
          "Filtered by year of death, category (1-10), status, ageBand (UNDER_28_DAYS,"
              + " UNDER_1_YEAR, YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17),"
              + " expected (Y, N, U), modifiable and sourceRef (part of a source's reference);"
              + " sort=dateOfDeath|age|status|category, order=asc|desc (the latest death first by"
              + " default). Names and NHS numbers masked. X-Total-Count and Link headers; each page"
              + " audited.")
  public Response list(
      @BeanParam ChildDeathQuery query,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    ChildDeathCriteria criteria = query.criteria();
    List<ChildDeathRowJson> items =
        search
            .search(criteria, paging.first(), paging.size(), sort, !"desc".equalsIgnoreCase(order))
            .stream()
            .map(ChildDeathRowJson::of)
            .toList();
    return paging.answer(items, search.count(criteria), uri);
  }

  @GET
  @Path("export")
  @Produces(ReviewImportResource.TEXT_CSV)
  @Operation(
      summary = "The filtered records as CSV (cdop-officer, partnership-admin; audited)",
      description =
          "The list's filters. Columns: record_id, death_month (yyyy-MM), age_band, age_years,"
              + " sex, place_of_death, ethnicity, expected, looked_after, joint_agency_response,"
              + " status, category, modifiable: no direct identifier. identifiers=true (a"
              + " partnership administrator only) adds nhs_number, family_name, given_names,"
              + " postcode, date_of_birth and date_of_death. Every export audited.")
  public Response export(
      @BeanParam ChildDeathQuery query, @QueryParam("identifiers") boolean identifiers) {
    ChildDeathCriteria criteria = query.criteria();
    // written, audited and, for identifiers, refused to anyone else before the answer starts
    ExportFile file =
        identifiers ? export.exportWithIdentifiers(criteria) : export.export(criteria);
    StreamingOutput body =
        out -> {
          try {
            Files.copy(file.path(), out);
          } finally {
            file.delete();
          }
        };
    String name = identifiers ? "child-deaths-with-identifiers.csv" : "child-deaths.csv";
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @GET
  @Path("matches")
  @Operation(
      summary = "The possible matches waiting for a decision (cdop-officer, partnership-admin)",
      description =
          "Each with the notification and the record it may be of, side by side, identities"
              + " included (each record shown audited), and why the import could not decide."
              + " The longest waiting first; X-Total-Count and Link headers.")
  public Response openMatches(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    return paging.answer(matches.open(paging.first(), paging.size()), matches.countOpen(), uri);
  }

  @POST
  @Path("matches/{id}/confirm")
  @Operation(
      summary = "The notification is of that record's child (cdop-officer, partnership-admin)",
      description =
          "The notification goes onto the record and its other possible matches close. 409 when"
              + " the match has been decided already.")
  public MatchDecision confirm(@PathParam("id") long id) {
    return matches.confirm(id);
  }

  @POST
  @Path("matches/{id}/reject")
  @Operation(
      summary = "The notification is not of that record's child (cdop-officer, partnership-admin)",
      description =
          "With no other possible match of it left to decide, the notification becomes a record"
              + " of its own (childDeathId, newRecord true). 409 when decided already.")
  public MatchDecision reject(@PathParam("id") long id) {
    return matches.reject(id);
  }

  // ---- Imports and single records ----

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
  @RequestBody(
      content =
          @Content(
              mediaType = ReviewImportResource.TEXT_CSV,
              examples =
                  @ExampleObject(
                      name = "Two notifications",
                      value =
                          "source_system,source_ref,nhs_number,family_name,given_names,sex,"
                              + "date_of_birth,date_of_death,place_of_death,postcode,ethnicity,"
                              + "expected,looked_after,notified_on\r\n"
                              + "REGISTRAR,R-2026-0412,943 476 5919,Smith,Amy,F,2019-03-02,"
                              + "2026-11-20,HOSPITAL,B2 2DR,A,N,N,2026-11-23\r\n"
                              + "HOSPITAL,H-77812,9434765919,,,F,02/03/2019,20/11/2026,HOSPITAL,"
                              + ",,N,,\r\n")))
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

  @GET
  @Path("{id}/panel-review")
  @Operation(
      summary = "A record's stage and the panel's analysis, with its version (cdop-officer)",
      description = "category is the number of the ten; nextStatus the stage it can move to.")
  public PanelReviewJson.View panelReview(@PathParam("id") long id) {
    return panelView(records.get(id));
  }

  @POST
  @Path("{id}/transitions")
  @Operation(
      summary = "Move a record to its next stage, or back one with a reason (cdop-officer)",
      description =
          "to: INFORMATION_GATHERING, CDR_MEETING_HELD or CLOSED (the panel's review is PUT on"
              + " panel-review); on: the day, today when left out; 409 for a stale version.")
  public PanelReviewJson.View transition(
      @PathParam("id") long id, PanelReviewJson.Transition body) {
    if (body == null || body.to() == null || body.to().isBlank()) {
      throw new BusinessException("to", "Send the stage the record moves to, as 'to'.");
    }
    CdopStatus to = Enums.parse(CdopStatus.class, body.to(), "to", Enums.names(CdopStatus.class));
    return panelView(
        panel.move(id, PanelReviewJson.version(body.version()), to, body.on(), body.reason()));
  }

  @PUT
  @Path("{id}/panel-review")
  @Operation(
      summary = "Record the panel's review of a death (cdop-officer)",
      description =
          "category 1-10, factors [{domain, description, score 0-2}], modifiable YES, NO or"
              + " INSUFFICIENT_INFORMATION, learningPoints; reviewedOn defaults to the latest panel"
              + " meeting that had the case. The record becomes PANEL_REVIEWED.")
  public PanelReviewJson.View recordPanelReview(
      @PathParam("id") long id, PanelReviewJson.Review body) {
    if (body == null) {
      throw new BusinessException("Send the panel's review as a JSON object.");
    }
    return panelView(
        panel.recordPanelReview(id, PanelReviewJson.version(body.version()), body.toPanelReview()));
  }

  @PUT
  @Path("{id}/joint-agency-response")
  @Operation(summary = "Set or clear the Joint Agency Response flag (cdop-officer)")
  public PanelReviewJson.View jointAgencyResponse(
      @PathParam("id") long id, PanelReviewJson.JointAgencyResponse body) {
    if (body == null || body.required() == null) {
      throw new BusinessException(
          "required", "Send whether a response is required, as 'required'.");
    }
    return panelView(
        panel.setJointAgencyResponse(
            id, PanelReviewJson.version(body.version()), body.required(), body.reason()));
  }

  @PUT
  @Path("{id}/case-review")
  @Operation(
      summary = "Link the case review commissioned after the death, or unlink it (cdop-officer)")
  public PanelReviewJson.View caseReview(
      @PathParam("id") long id, PanelReviewJson.CaseReview body) {
    if (body == null) {
      throw new BusinessException("Send the review's id as 'reviewId' (null to unlink).");
    }
    return panelView(
        panel.linkCaseReview(id, PanelReviewJson.version(body.version()), body.reviewId()));
  }

  @GET
  @Path("{id}/timeline")
  @Operation(
      summary = "The notifications received and the moves between stages, by day (cdop-officer)")
  public List<PanelReviewJson.TimelineLine> timeline(@PathParam("id") long id) {
    records.get(id);
    return panel.timeline(id).stream().map(PanelReviewJson.TimelineLine::of).toList();
  }

  private PanelReviewJson.View panelView(ChildDeath record) {
    return PanelReviewJson.View.of(record, panel.factors(record.getId()));
  }
}
