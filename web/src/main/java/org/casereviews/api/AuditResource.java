package org.casereviews.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditCriteria;
import org.casereviews.audit.AuditEvent;
import org.casereviews.audit.AuditSearch;
import org.casereviews.shared.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit trail, read-only, for the council's log collector or an auditor's tools. Partnership
 * administrators only (the service checks). There is no way to change or delete an event.
 */
@Path("audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** One audit event. */
  public record Event(
      long id,
      Instant occurredAt,
      String username,
      String action,
      String recordType,
      String recordId,
      String detail) {

    static Event of(AuditEvent event) {
      return new Event(
          event.getId(),
          event.getOccurredAt(),
          event.getUsername(),
          event.getAction().name(),
          event.getRecordType(),
          event.getRecordId(),
          event.getDetail());
    }
  }

  private static final int MAX_PAGE_SIZE = 500;

  @EJB private AuditSearch search;

  @GET
  @Operation(
      summary = "Search the audit trail, newest first (partnership-admin)",
      description = "Dates are yyyy-MM-dd, inclusive, UK time. The total is in X-Total-Count.")
  public Response search(
      @QueryParam("username") String username,
      @QueryParam("action") String action,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordId") String recordId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new BusinessException(
          "size", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
    }
    AuditCriteria criteria =
        new AuditCriteria(
            username, action(action), recordType, recordId, date("from", from), date("to", to));
    List<Event> events =
        search.search(criteria, page * size, size).stream().map(Event::of).toList();
    return Response.ok(events).header("X-Total-Count", search.count(criteria)).build();
  }

  private static AuditAction action(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(value.trim().toUpperCase());
    } catch (IllegalArgumentException unknown) {
      throw new BusinessException("action", "There is no audit action called " + value + ".");
    }
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException notADate) {
      throw new BusinessException(field, field + " must be a date like 2026-04-01.");
    }
  }
}
