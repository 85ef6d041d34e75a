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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereviews.action.ActionPlanItem;
import org.casereviews.action.ActionService;
import org.casereviews.action.NewAction;
import org.casereviews.api.ReviewJson.Dates;
import org.casereviews.api.ReviewJson.DeadlineMove;
import org.casereviews.api.ReviewJson.DeadlineView;
import org.casereviews.api.ReviewJson.Entry;
import org.casereviews.api.ReviewJson.FindingView;
import org.casereviews.api.ReviewJson.LocalReview;
import org.casereviews.api.ReviewJson.RecommendationView;
import org.casereviews.api.ReviewJson.ReviewInput;
import org.casereviews.api.ReviewJson.ReviewLink;
import org.casereviews.api.ReviewJson.ReviewView;
import org.casereviews.api.ReviewJson.Step;
import org.casereviews.api.ReviewJson.Summary;
import org.casereviews.api.ReviewJson.Transition;
import org.casereviews.notification.Notification;
import org.casereviews.review.FindingService;
import org.casereviews.review.PanelDecision;
import org.casereviews.review.Recommendation;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewCriteria;
import org.casereviews.review.ReviewDates;
import org.casereviews.review.ReviewDetails;
import org.casereviews.review.ReviewExport;
import org.casereviews.review.ReviewLifecycle;
import org.casereviews.review.ReviewSearch;
import org.casereviews.review.ReviewService;
import org.casereviews.review.ReviewStatus;
import org.casereviews.review.ReviewType;
import org.casereviews.review.WorkingTogether;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Reviews of every kind: list and search, read, open, change (with the version read, 409 when
 * someone changed it since), move through the lifecycle, commission the LCSPR after a rapid review,
 * and record findings and recommendations. Review officers change; viewers read.
 */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @EJB private ReviewService reviews;

  @EJB private ReviewSearch search;

  @EJB private ReviewExport exports;

  @EJB private FindingService findings;

  @Inject private Codes codes;

  @Inject private ActionViews actionViews;

  @EJB private ActionService actions;

  @Context private UriInfo uri;

  @GET
  @Operation(
      summary = "Reviews, newest first, a page at a time",
      description =
          "Filters: type (SCR, LCSPR, RAPID_REVIEW...), status, year (opened), theme and agency"
              + " codes, q (reference, pseudonym, summary, theme names). sort: reference,"
              + " pseudonym, type, status, category or openedOn, with - for descending.")
  public Response list(
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("year") Integer year,
      @QueryParam("theme") String theme,
      @QueryParam("agency") String agency,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    ReviewCriteria criteria = criteria(type, status, year, theme, agency, text);
    Paging paging = Paging.of(page, size);
    boolean descending = sort != null && sort.startsWith("-");
    String sortBy = sort == null ? null : sort.replaceFirst("^[-+]", "");
    List<Summary> items =
        search.search(criteria, paging.first(), paging.size(), sortBy, !descending).stream()
            .map(Summary::of)
            .toList();
    return paging.answer(items, search.count(criteria), uri);
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(
      summary = "The reviews the filters find, as CSV",
      description =
          "The same filters as the list. Columns (stable; new ones are only added at the end):"
              + " review_id, reference, pseudonym, type, category, status, working_together,"
              + " panel_decision, opened_on, incident_date, aware_date, notified_date,"
              + " rapid_review_sent_date, decision_date, initiated_date, signed_off_date,"
              + " sent_to_panel_date, published_date, archived_date, themes (codes separated by"
              + " ;), agencies (codes separated by ;), lead_reviewer, case_officer, imported (Y/N)."
              + " Audited.")
  public Response export(
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("year") Integer year,
      @QueryParam("theme") String theme,
      @QueryParam("agency") String agency,
      @QueryParam("q") String text) {
    String csv = exports.csv(criteria(type, status, year, theme, agency, text));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"reviews.csv\"")
        .build();
  }

  private ReviewCriteria criteria(
      String type, String status, Integer year, String theme, String agency, String text) {
    return new ReviewCriteria(
        type == null || type.isBlank()
            ? null
            : Enums.parse(ReviewType.class, type, "type", Enums.names(ReviewType.class)),
        status == null || status.isBlank()
            ? null
            : Enums.parse(ReviewStatus.class, status, "status", Enums.names(ReviewStatus.class)),
        year,
        codes.theme(theme, "theme"),
        codes.agency(agency, "agency"),
        text);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One review with its deadlines, history, findings and recommendations")
  public ReviewView get(@PathParam("id") long id) {
    return view(reviews.view(id));
  }

  @POST
  @Operation(summary = "Open a review (review-officer); the reference is given out by the server")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "A local child safeguarding practice review",
                      value =
                          "{\"type\": \"LCSPR\", \"pseudonym\": \"Child F\", \"category\":"
                              + " \"DEATH\", \"workingTogether\": \"2023\", \"summary\": \"A"
                              + " toddler died after a fall; the family was known to three"
                              + " agencies.\", \"themes\": [\"NEGLECT\"], \"agencies\": [\"CSC\","
                              + " \"POLICE\", \"GP\"], \"leadReviewer\": \"Independent reviewer\","
                              + " \"dates\": {\"incidentOn\": \"2026-09-14\", \"awareOn\":"
                              + " \"2026-09-15\", \"initiatedOn\": \"2026-10-20\"}}")))
  public Response create(ReviewInput body) {
    Review created = reviews.create(details(body, null));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(view(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a review (review-officer); send the version you read")
  public ReviewView update(@PathParam("id") long id, ReviewInput body) {
    ReviewDetails details = details(body, reviews.get(id).getType());
    if (body.version() == null) {
      throw new BusinessException("version", "Send the version of the review you are changing.");
    }
    return view(reviews.update(id, body.version(), details, body.dateChangeReason()));
  }

  @POST
  @Path("{id}/transitions")
  @Operation(
      summary = "Move a review to its next status (review-officer)",
      description = "The review's nextStatuses lists where it may go.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "The draft report is in",
                      value = "{\"version\": 4, \"to\": \"DRAFT\", \"on\": \"2026-11-30\"}")))
  public ReviewView transition(@PathParam("id") long id, Transition body) {
    if (body == null || body.to() == null || body.to().isBlank()) {
      throw new BusinessException("to", "Send the status the review moves to, as 'to'.");
    }
    ReviewStatus to =
        Enums.parse(ReviewStatus.class, body.to(), "to", Enums.names(ReviewStatus.class));
    PanelDecision decision =
        body.decision() == null || body.decision().isBlank()
            ? null
            : Enums.parse(
                PanelDecision.class, body.decision(), "decision", Enums.names(PanelDecision.class));
    return view(reviews.transition(id, body.version(), to, body.on(), body.reason(), decision));
  }

  @POST
  @Path("{id}/local-review")
  @Operation(summary = "Commission the LCSPR that follows a rapid review (review-officer)")
  public Response localReview(@PathParam("id") long id, LocalReview body) {
    if (body == null) {
      throw new BusinessException("Send the version of the rapid review as a JSON object.");
    }
    Review lcspr = reviews.commissionLocalReview(id, body.version(), body.initiatedOn());
    return Response.created(
            uri.getBaseUriBuilder().path("reviews").path(lcspr.getId().toString()).build())
        .entity(view(lcspr))
        .build();
  }

  @POST
  @Path("{id}/findings")
  @Operation(summary = "Add a finding (review-officer)")
  public Response addFinding(@PathParam("id") long id, Entry body) {
    Entry entry = required(body);
    findings.addFinding(id, entry.text(), codes.themes(entry.themes(), "themes"));
    return Response.status(Response.Status.CREATED).entity(view(reviews.get(id))).build();
  }

  @PUT
  @Path("{id}/findings/{number}")
  @Operation(summary = "Change a finding (review-officer); send its version")
  public ReviewView updateFinding(
      @PathParam("id") long id, @PathParam("number") int number, Entry body) {
    Entry entry = required(body);
    FindingView finding = findingNumbered(id, number);
    findings.updateFinding(
        finding.id(), version(entry), entry.text(), codes.themes(entry.themes(), "themes"));
    return view(reviews.get(id));
  }

  @POST
  @Path("{id}/recommendations")
  @Operation(summary = "Add a recommendation (review-officer)")
  public Response addRecommendation(@PathParam("id") long id, Entry body) {
    Entry entry = required(body);
    findings.addRecommendation(
        id, findingId(id, entry.finding()), entry.text(), codes.themes(entry.themes(), "themes"));
    return Response.status(Response.Status.CREATED).entity(view(reviews.get(id))).build();
  }

  @PUT
  @Path("{id}/recommendations/{number}")
  @Operation(summary = "Change a recommendation (review-officer); send its version")
  public ReviewView updateRecommendation(
      @PathParam("id") long id, @PathParam("number") int number, Entry body) {
    Entry entry = required(body);
    RecommendationView recommendation =
        findings.recommendations(id).stream()
            .map(RecommendationView::of)
            .filter(r -> r.number() == number)
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException("number", "There is no recommendation " + number + "."));
    findings.updateRecommendation(
        recommendation.id(),
        version(entry),
        findingId(id, entry.finding()),
        entry.text(),
        codes.themes(entry.themes(), "themes"));
    return view(reviews.get(id));
  }

  @GET
  @Path("{id}/actions")
  @Operation(summary = "The actions on a review's recommendations")
  public List<ActionResource.ActionView> forReview(@PathParam("id") long reviewId) {
    return actions.forReview(reviewId).stream().map(a -> actionViews.view(a, false)).toList();
  }

  @POST
  @Path("{id}/recommendations/{number}/actions")
  @Operation(summary = "Add an agency action to a recommendation (review-officer)")
  public Response create(
      @PathParam("id") long reviewId,
      @PathParam("number") int number,
      ActionResource.NewActionJson body) {
    if (body == null) {
      throw new BusinessException("Send the action as a JSON object.");
    }
    Recommendation recommendation =
        findings.recommendations(reviewId).stream()
            .filter(r -> r.getNumber() == number)
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "recommendation", "There is no recommendation " + number + "."));
    ActionPlanItem created =
        actions.create(
            recommendation.getId(),
            new NewAction(
                codes.agency(body.agency(), "agency"),
                body.owner(),
                body.description(),
                body.dueOn()));
    return Response.created(
            uri.getBaseUriBuilder().path("actions").path(created.getId().toString()).build())
        .entity(actionViews.view(created, true))
        .build();
  }

  private ReviewView view(Review r) {
    long id = r.getId();
    return new ReviewView(
        id,
        r.getVersion(),
        r.getReference(),
        r.getPseudonym(),
        r.getType().name(),
        r.getCategory().name(),
        r.getStatus().name(),
        r.getPanelDecision() == null ? null : r.getPanelDecision().name(),
        r.getWorkingTogether() == null ? null : r.getWorkingTogether().getYear(),
        r.getSummary(),
        Codes.codesOf(r.getThemes()),
        Codes.codesOf(r.getAgencies()),
        r.getLeadReviewer(),
        r.getCaseOfficer(),
        r.getChildren().stream().map(ChildJson::of).toList(),
        Dates.of(r.getDates()),
        r.getOpenedOn(),
        r.isImported(),
        r.getCreatedAt(),
        r.getCreatedBy(),
        r.getNotifications().stream().map(Notification::getId).toList(),
        ReviewLink.of(r.getOrigin()),
        reviews.followingReview(r).map(ReviewLink::of).orElse(null),
        r.getCases().stream().map(ReviewLink::of).toList(),
        ReviewLifecycle.next(r.getType(), r.getStatus()).stream().map(Enum::name).toList(),
        reviews.deadlines(r).stream().map(DeadlineView::of).toList(),
        reviews.transitions(id).stream().map(Step::of).toList(),
        reviews.deadlineChanges(id).stream().map(DeadlineMove::of).toList(),
        findings.findings(id).stream().map(FindingView::of).toList(),
        findings.recommendations(id).stream().map(RecommendationView::of).toList());
  }

  private ReviewDetails details(ReviewInput body, ReviewType existing) {
    if (body == null) {
      throw new BusinessException("Send the review as a JSON object.");
    }
    ReviewType type =
        body.type() == null || body.type().isBlank()
            ? existing
            : ReviewType.parse(body.type())
                .orElseThrow(
                    () ->
                        new BusinessException(
                            "type",
                            "'"
                                + body.type()
                                + "' is not a kind of review: use "
                                + Enums.names(ReviewType.class)
                                + "."));
    List<ChildDetails> children = new ArrayList<>();
    if (body.children() != null) {
      for (int i = 0; i < body.children().size(); i++) {
        ChildJson child = body.children().get(i);
        children.add(child == null ? null : child.toDetails(i + 1));
      }
    }
    return new ReviewDetails(
        type,
        body.pseudonym(),
        body.category() == null || body.category().isBlank()
            ? null
            : Enums.parse(
                IncidentCategory.class, body.category(), "category", "DEATH or SERIOUS_HARM"),
        body.summary(),
        codes.themes(body.themes(), "themes"),
        codes.agencies(body.agencies(), "agencies"),
        body.leadReviewer(),
        body.caseOfficer(),
        body.workingTogether() == null || body.workingTogether().isBlank()
            ? null
            : WorkingTogether.parse(body.workingTogether())
                .orElseThrow(
                    () ->
                        new BusinessException(
                            "workingTogether",
                            "The Working Together edition must be 2013, 2015, 2018 or 2023.")),
        children,
        body.dates() == null ? new ReviewDates() : body.dates().toDates(),
        body.notifications() == null ? Set.of() : new LinkedHashSet<>(body.notifications()),
        body.cases() == null ? Set.of() : new LinkedHashSet<>(body.cases()));
  }

  private Long findingId(long reviewId, Integer number) {
    return number == null ? null : findingNumbered(reviewId, number).id();
  }

  private FindingView findingNumbered(long reviewId, int number) {
    return findings.findings(reviewId).stream()
        .map(FindingView::of)
        .filter(f -> f.number() == number)
        .findFirst()
        .orElseThrow(() -> new BusinessException("finding", "There is no finding " + number + "."));
  }

  private static Entry required(Entry body) {
    if (body == null) {
      throw new BusinessException("Send the finding or recommendation as a JSON object.");
    }
    return body;
  }

  private static long version(Entry entry) {
    if (entry.version() == null) {
      throw new BusinessException("version", "Send the version you read.");
    }
    return entry.version();
  }
}
