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
import java.util.logging.Level;
import java.util.logging.Logger;
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
        return ErrorBody.of(
            400,
            "The request body could not be read: send JSON with the fields this request takes,"
                + " and dates as yyyy-MM-dd.");
      }
      if (cause instanceof WebApplicationException web) {
        int status = web.getResponse().getStatus();
        return ErrorBody.of(
            status, status == 404 ? "There is nothing at this address." : web.getMessage());
      }
    }
    LOG.log(Level.SEVERE, "API request failed", failure);
    return ErrorBody.of(
        500, "casereviews could not complete the request. The server log has the details.");
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
