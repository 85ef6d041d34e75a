package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.cdop.ChildDeath;
import org.casereviews.cdop.MeetingDetails;
import org.casereviews.cdop.PanelMeeting;
import org.casereviews.cdop.PanelMeetings;
import org.casereviews.shared.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Child Death Overview Panel's meetings and the cases each reviewed. CDOP officers and
 * administrators only (the service checks); a change sends the version read (409 when stale).
 */
@Path("panel-meetings")
@Produces(MediaType.APPLICATION_JSON)
public class PanelMeetingResource {

  /** What is sent to make or change a meeting. */
  public record MeetingInput(Long version, LocalDate heldOn, String title, String notes) {

    MeetingDetails details() {
      return new MeetingDetails(heldOn, title, notes);
    }
  }

  /** A meeting in the list. */
  @JsonbNillable
  public record MeetingLine(long id, LocalDate heldOn, String title, long cases) {}

  /** A case the meeting reviewed. */
  @JsonbNillable
  public record CaseLine(
      long childDeathId, String status, LocalDate dateOfDeath, Integer category) {

    static CaseLine of(ChildDeath d) {
      return new CaseLine(
          d.getId(),
          d.getStatus().name(),
          d.getDateOfDeath(),
          d.getCategory() == null ? null : d.getCategory().getNumber());
    }
  }

  /** One meeting with its cases. */
  @JsonbNillable
  public record MeetingView(
      long id, long version, LocalDate heldOn, String title, String notes, List<CaseLine> cases) {}

  @EJB private PanelMeetings meetings;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "The panel's meetings, the newest first, with their number of cases")
  public List<MeetingLine> list() {
    return meetings.list().stream()
        .map(
            s ->
                new MeetingLine(
                    s.meeting().getId(),
                    s.meeting().getHeldOn(),
                    s.meeting().getTitle(),
                    s.cases()))
        .toList();
  }

  @POST
  @Operation(summary = "Record a panel meeting: heldOn, title, notes")
  public Response create(MeetingInput body) {
    PanelMeeting created = meetings.create(input(body).details());
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One panel meeting with the cases it reviewed")
  public MeetingView meeting(@PathParam("id") long id) {
    return view(meetings.get(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a meeting's day, title or notes (with the version read)")
  public MeetingView update(@PathParam("id") long id, MeetingInput body) {
    MeetingInput input = input(body);
    return view(meetings.update(id, PanelReviewJson.version(input.version()), input.details()));
  }

  @POST
  @Path("{id}/cases/{childDeathId}")
  @Operation(summary = "Add a child death record to the cases the meeting reviewed")
  public MeetingView addCase(@PathParam("id") long id, @PathParam("childDeathId") long death) {
    return view(meetings.addCase(id, death));
  }

  @DELETE
  @Path("{id}/cases/{childDeathId}")
  @Operation(summary = "Remove a case from the meeting")
  public MeetingView removeCase(@PathParam("id") long id, @PathParam("childDeathId") long death) {
    return view(meetings.removeCase(id, death));
  }

  private MeetingView view(PanelMeeting m) {
    return new MeetingView(
        m.getId(),
        m.getVersion(),
        m.getHeldOn(),
        m.getTitle(),
        m.getNotes(),
        meetings.cases(m.getId()).stream().map(CaseLine::of).toList());
  }

  private static MeetingInput input(MeetingInput body) {
    if (body == null) {
      throw new BusinessException("Send the meeting as a JSON object: heldOn, title, notes.");
    }
    return body;
  }
}
