package org.casereviews.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.shared.AccessRefusedException;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.ConflictException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.TooLargeException;
import org.casereviews.shared.TooManyRequestsException;

/**
 * Turns every failure into the API's JSON error body. The services' exceptions arrive as they are
 * or wrapped in an {@code EJBException}; the first recognised cause decides the status.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  private static final String AUDITED = ErrorMapper.class.getName() + ".audited";

  @Inject private AuditTrail audit;

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Throwable failure) {
    ErrorBody body = describe(failure);
    // a refused request is kept even though the work it asked for never happened; once, because
    // the server's own EJBException mapper may hand the same failure on to this one again
    if (body.status() == 403
        && request.getAttribute(AUDITED) == null
        && !refusedByService(failure)) {
      request.setAttribute(AUDITED, Boolean.TRUE);
      audit.recordRegardless(
          AuditAction.ACCESS_DENIED,
          "ApiRequest",
          null,
          request.getMethod()
              + " "
              + request.getRequestURI().substring(request.getContextPath().length()));
    }
    Response.ResponseBuilder response =
        Response.status(body.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    retryAfter(failure).ifPresent(seconds -> response.header("Retry-After", seconds));
    return response.build();
  }

  static ErrorBody describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException notFound) {
        return ErrorBody.of(404, notFound.getMessage());
      }
      if (cause instanceof AccessRefusedException refused) {
        return ErrorBody.of(403, refused.getMessage());
      }
      if (cause instanceof TooLargeException tooLarge) {
        return fieldError(413, tooLarge);
      }
      if (cause instanceof TooManyRequestsException tooMany) {
        return fieldError(429, tooMany);
      }
      if (cause instanceof ConflictException conflict) {
        return fieldError(409, conflict);
      }
      if (cause instanceof BusinessException refusal) {
        return fieldError(400, refusal);
      }
      if (cause instanceof ConstraintViolationException invalid) {
        List<String> details =
            invalid.getConstraintViolations().stream()
                .map(v -> field(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .toList();
        return new ErrorBody(
            400, "The request is not valid: " + String.join("; ", details), details);
      }
      if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
        return ErrorBody.of(403, "Your account does not have the role needed for this request.");
      }
      if (cause instanceof JsonbException || cause instanceof ProcessingException) {
        Optional<String> unknown = unknownField(failure);
        if (unknown.isPresent()) {
          return new ErrorBody(
              400,
              "The request has a field this request does not take: "
                  + unknown.get()
                  + ". Check its name against the OpenAPI document (/openapi).",
              List.of(unknown.get() + ": not a field of this request."));
        }
        return ErrorBody.of(
            400,
            "The request body could not be read: send JSON with the fields this request takes,"
                + " and dates as yyyy-MM-dd.");
      }
      if (cause instanceof WebApplicationException web) {
        return ErrorBody.of(web.getResponse().getStatus(), protocolMessage(web));
      }
    }
    LOG.log(Level.SEVERE, "API request failed", failure);
    return ErrorBody.of(
        500, "casereviews could not complete the request. The server log has the details.");
  }

  /** Yasson's words for a field the request's type does not have. */
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("(?i)json property (\\S+) can not be mapped to a class");

  /** The name of a field that the request does not take, when that is why it was refused. */
  private static Optional<String> unknownField(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Matcher matcher = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.getMessage()));
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  /** A sentence for a refusal by the HTTP layer itself (no such address, method or type). */
  private static String protocolMessage(WebApplicationException web) {
    return switch (web.getResponse().getStatus()) {
      case 404 -> "There is nothing at this address.";
      case 405 ->
          "This address does not take that method (GET, POST, PUT...). The OpenAPI"
              + " document (/openapi) lists what each address takes.";
      case 406 ->
          "This address cannot answer in the type asked for in Accept: ask for"
              + " application/json (or text/csv for exports).";
      case 415 ->
          "This address does not take a body of that Content-Type. Send JSON with"
              + " Content-Type: application/json, or the type the OpenAPI document (/openapi) gives.";
      default -> web.getMessage();
    };
  }

  /** How long a sender over a limit should wait, in seconds. */
  private static java.util.Optional<Long> retryAfter(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooManyRequestsException tooMany) {
        return java.util.Optional.of(tooMany.getRetryAfterSeconds());
      }
    }
    return java.util.Optional.empty();
  }

  /** The service refused this record and has audited the refusal itself. */
  private static boolean refusedByService(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccessRefusedException) {
        return true;
      }
    }
    return false;
  }

  private static ErrorBody fieldError(int status, BusinessException refusal) {
    List<String> details =
        refusal.getField() == null
            ? List.of()
            : List.of(refusal.getField() + ": " + refusal.getMessage());
    return new ErrorBody(status, refusal.getMessage(), details);
  }

  /**
   * "children[1].ageYears" from "submit.details.children[1].ageYears" (method, parameter, field).
   */
  static String field(String path) {
    String[] nodes = path.split("\\.", 3);
    return nodes.length == 3 ? nodes[2] : nodes[nodes.length - 1];
  }
}
