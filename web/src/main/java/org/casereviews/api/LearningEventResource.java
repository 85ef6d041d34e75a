package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereviews.api.ReviewJson.ReviewLink;
import org.casereviews.learning.LearningEvent;
import org.casereviews.learning.LearningEventDetails;
import org.casereviews.learning.LearningEventService;
import org.casereviews.learning.LearningFormat;
import org.casereviews.learning.LearningSummary;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.Today;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Learning events (practitioner briefings, workshops...) that spread a review's or a theme's
 * learning, with attendance by agency code, and the board's summary of their reach. Review officers
 * record and change them (with the version read, 409 when someone changed it since); viewers read.
 */
@Path("learning-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningEventResource {

  /**
   * What is sent to record or change an event: {@code review} the review's id, {@code themes} and
   * the keys of {@code attendance} codes; {@code version} for changes only.
   */
  public record LearningEventInput(
      Long version,
      String title,
      String format,
      LocalDate heldOn,
      String audience,
      Long review,
      List<String> themes,
      Map<String, Integer> attendance,
      String notes) {}

  /** One event; {@code planned} while its date is still to come. */
  public record LearningEventView(
      long id,
      long version,
      String title,
      String format,
      String formatLabel,
      LocalDate heldOn,
      boolean planned,
      String audience,
      ReviewLink review,
      List<String> themes,
      Map<String, Integer> attendance,
      int totalAttendance,
      String notes,
      Instant createdAt,
      String createdBy) {}

  /** One row of a summary table. */
  public record SummaryLine(String key, String label, int events, int attendance) {

    static List<SummaryLine> of(List<LearningSummary.Line> lines) {
      return lines.stream()
          .map(l -> new SummaryLine(l.key(), l.label(), l.events(), l.attendance()))
          .toList();
    }
  }

  /** The reach of the events held in a period, for the board. */
  public record SummaryView(
      LocalDate from,
      LocalDate to,
      int events,
      int attendance,
      int planned,
      List<SummaryLine> byYear,
      List<SummaryLine> byFormat,
      List<SummaryLine> byAgency,
      List<SummaryLine> byReview) {}

  @EJB private LearningEventService service;

  @Inject private Codes codes;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Learning events, latest first, a page at a time",
      description = "Filters: review (id) and theme (code).")
  public Response list(
      @QueryParam("review") Long review,
      @QueryParam("theme") String theme,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Long themeId = codes.theme(theme, "theme");
    Paging paging = Paging.of(page, size);
    List<LearningEventView> items =
        service.list(review, themeId, paging.first(), paging.size()).stream()
            .map(LearningEventResource::view)
            .toList();
    return paging.answer(items, service.count(review, themeId), uri);
  }

  @GET
  @Path("summary")
  @Operation(
      summary = "Events held and attendance by year, format, agency and review",
      description = "from and to (yyyy-MM-dd) limit the period; planned events are counted apart.")
  public SummaryView summary(@QueryParam("from") String from, @QueryParam("to") String to) {
    LearningSummary s = service.summary(date(from, "from"), date(to, "to"));
    return new SummaryView(
        s.from(),
        s.to(),
        s.events(),
        s.attendance(),
        s.planned(),
        SummaryLine.of(s.byYear()),
        SummaryLine.of(s.byFormat()),
        SummaryLine.of(s.byAgency()),
        SummaryLine.of(s.byReview()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One learning event")
  public LearningEventView get(@PathParam("id") long id) {
    return view(service.get(id));
  }

  @POST
  @Operation(summary = "Record a learning event (review-officer)")
  public Response create(LearningEventInput body) {
    LearningEvent created = service.create(details(body));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(view(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a learning event (review-officer); send the version you read")
  public LearningEventView update(@PathParam("id") long id, LearningEventInput body) {
    LearningEventDetails details = details(body);
    if (body.version() == null) {
      throw new BusinessException("version", "Send the version of the event you are changing.");
    }
    return view(service.update(id, body.version(), details));
  }

  private LearningEventDetails details(LearningEventInput body) {
    if (body == null) {
      throw new BusinessException("Send the learning event as a JSON object.");
    }
    Map<Long, Integer> attendance = new LinkedHashMap<>();
    if (body.attendance() != null) {
      body.attendance()
          .forEach((code, count) -> attendance.put(codes.agency(code, "attendance"), count));
    }
    return new LearningEventDetails(
        body.title(),
        body.format() == null || body.format().isBlank()
            ? null
            : Enums.parse(
                LearningFormat.class, body.format(), "format", Enums.names(LearningFormat.class)),
        body.heldOn(),
        body.audience(),
        body.review(),
        codes.themes(body.themes(), "themes"),
        attendance,
        body.notes());
  }

  private static LearningEventView view(LearningEvent e) {
    Map<String, Integer> attendance = new LinkedHashMap<>();
    e.getAttendanceByAgency().forEach(a -> attendance.put(a.agency().getCode(), a.count()));
    return new LearningEventView(
        e.getId(),
        e.getVersion(),
        e.getTitle(),
        e.getFormat().name(),
        e.getFormat().getLabel(),
        e.getHeldOn(),
        e.isPlanned(Today.inEngland()),
        e.getAudience(),
        ReviewLink.of(e.getReview()),
        Codes.codesOf(e.getThemes()),
        attendance,
        e.getTotalAttendance(),
        e.getNotes(),
        e.getCreatedAt(),
        e.getCreatedBy());
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException(field, "'" + text + "' is not a date: write it as yyyy-MM-dd.");
    }
  }
}
