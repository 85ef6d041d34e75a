package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casereviews.notification.Notification;
import org.casereviews.notification.NotificationDetails;
import org.casereviews.notification.NotificationService;
import org.casereviews.notification.NotificationService.Inbox;
import org.casereviews.notification.TriageDecision;
import org.casereviews.review.DeadlineCalendar;
import org.casereviews.review.ReviewService;
import org.casereviews.review.TriageService;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ChildDetails;
import org.casereviews.shared.IncidentCategory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Significant-incident notifications: agency systems submit them; the partnership lists, reads and
 * triages them. Agency liaison accounts see only their own agency's.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

  /** A notification as an agency sends it; {@code agency} is ignored for liaison accounts. */
  public record NewNotification(
      String agency,
      LocalDate incidentDate,
      LocalDate awareDate,
      String category,
      String summary,
      List<ChildJson> children,
      List<String> agenciesInvolved) {}

  /** The partnership's decision; {@code pseudonym} names the rapid review it opens. */
  public record Triage(long version, String decision, String reasons, String pseudonym) {}

  /** The day the local authority notified the national Panel. */
  public record PanelNotified(long version, LocalDate date) {}

  /** A notification as the API shows it. */
  public record NotificationView(
      long id,
      long version,
      String agency,
      LocalDate incidentDate,
      LocalDate awareDate,
      String category,
      String summary,
      List<ChildJson> children,
      List<String> agenciesInvolved,
      Instant receivedAt,
      String recordedBy,
      LocalDate panelNotifiedOn,
      LocalDate panelNotificationDue,
      String triageDecision,
      String triageReasons,
      String triagedBy,
      Instant triagedAt,
      List<ReviewJson.ReviewLink> reviews) {}

  @EJB private NotificationService notifications;

  @EJB private TriageService triage;

  @EJB private ReviewService reviews;

  @EJB private DeadlineCalendar calendar;

  @Inject private Codes codes;

  @Context private UriInfo uri;

  @Context private SecurityContext security;

  @POST
  @Operation(
      summary = "Submit a significant-incident notification (agency-liaison, review-officer)")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "An infant with unexplained bruising",
                      value =
                          "{\"agency\": \"HOSPITAL\", \"incidentDate\": \"2026-11-27\","
                              + " \"awareDate\": \"2026-11-28\", \"category\": \"SERIOUS_HARM\","
                              + " \"summary\": \"Infant seen in A&E with unexplained bruising.\","
                              + " \"agenciesInvolved\": [\"CSC\", \"HOSPITAL\"], \"children\":"
                              + " [{\"ageYears\": 0, \"ageMonths\": 4, \"sex\": \"F\","
                              + " \"ethnicity\": \"A\", \"disability\": false, \"lookedAfter\":"
                              + " false, \"childProtectionPlan\": true}]}")))
  public Response submit(NewNotification body) {
    if (body == null) {
      throw new BusinessException("Send the notification as a JSON object.");
    }
    List<ChildDetails> children = new ArrayList<>();
    if (body.children() != null) {
      for (int i = 0; i < body.children().size(); i++) {
        ChildJson child = body.children().get(i);
        children.add(child == null ? null : child.toDetails(i + 1));
      }
    }
    Notification created =
        notifications.submit(
            new NotificationDetails(
                codes.agency(body.agency(), "agency"),
                body.incidentDate(),
                body.awareDate(),
                category(body.category()),
                body.summary(),
                body.children() == null ? null : children,
                codes.agencies(body.agenciesInvolved(), "agenciesInvolved")));
    return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Operation(
      summary = "Notifications, newest first: state=awaiting-triage (default), triaged or all")
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Inbox inbox = inbox(state);
    Paging paging = Paging.of(page, size);
    List<NotificationView> items =
        notifications.inbox(inbox, paging.first(), paging.size()).stream().map(this::view).toList();
    return paging.answer(items, notifications.count(inbox), uri);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One notification (the read is audited)")
  public NotificationView get(@PathParam("id") long id) {
    return view(notifications.view(id));
  }

  @POST
  @Path("{id}/triage")
  @Operation(
      summary = "Record the triage decision (review-officer)",
      description =
          "decision: IMRS, AUDIT_OR_SILP, RAPID_REVIEW, OTHER_ACTION or NO_FURTHER_ACTION. A rapid"
              + " review decision opens the rapid review, named by pseudonym.")
  public NotificationView triage(@PathParam("id") long id, Triage body) {
    if (body == null) {
      throw new BusinessException("Send the decision as a JSON object.");
    }
    TriageService.Outcome outcome =
        triage.triage(
            id, body.version(), decision(body.decision()), body.reasons(), body.pseudonym());
    return view(outcome.notification());
  }

  @POST
  @Path("{id}/panel-notification")
  @Operation(summary = "Record the day the national Panel was notified (review-officer)")
  public NotificationView panelNotified(@PathParam("id") long id, PanelNotified body) {
    if (body == null) {
      throw new BusinessException("Send the date as a JSON object.");
    }
    return view(triage.recordPanelNotified(id, body.version(), body.date()));
  }

  private NotificationView view(Notification n) {
    boolean seesReviews =
        security.isUserInRole(Roles.PARTNERSHIP_ADMIN)
            || security.isUserInRole(Roles.REVIEW_OFFICER);
    return new NotificationView(
        n.getId(),
        n.getVersion(),
        n.getAgency().getCode(),
        n.getIncidentOn(),
        n.getAwareOn(),
        n.getCategory().name(),
        n.getSummary(),
        n.getChildren().stream().map(ChildJson::of).toList(),
        Codes.codesOf(n.getAgenciesInvolved()),
        n.getReceivedAt(),
        n.getRecordedBy(),
        n.getPanelNotifiedOn(),
        calendar.rules().nationalNotificationDue(n.getAwareOn()),
        n.getTriageDecision() == null ? null : n.getTriageDecision().name(),
        n.getTriageReasons(),
        n.getTriagedBy(),
        n.getTriagedAt(),
        seesReviews
            ? reviews.covering(n.getId()).stream().map(ReviewJson.ReviewLink::of).toList()
            : List.of());
  }

  private static IncidentCategory category(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Enums.parse(IncidentCategory.class, text, "category", "DEATH or SERIOUS_HARM");
  }

  private static TriageDecision decision(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Enums.parse(
        TriageDecision.class,
        text,
        "decision",
        "IMRS, AUDIT_OR_SILP, RAPID_REVIEW, OTHER_ACTION or NO_FURTHER_ACTION");
  }

  private static Inbox inbox(String state) {
    if (state == null || state.isBlank() || state.equalsIgnoreCase("awaiting-triage")) {
      return Inbox.AWAITING_TRIAGE;
    }
    if (state.equalsIgnoreCase("triaged")) {
      return Inbox.TRIAGED;
    }
    if (state.equalsIgnoreCase("all")) {
      return Inbox.ALL;
    }
    throw new BusinessException("state", "The state must be awaiting-triage, triaged or all.");
  }
}
