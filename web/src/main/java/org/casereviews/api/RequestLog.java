package org.casereviews.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.security.Principal;
import java.util.logging.Logger;

/**
 * One line in the server log for every API request: {@code api-request method=GET
 * path=/reviews/{id} status=200 caller="case.system" ms=14}. The path is the address's template,
 * never the address itself, and the query is left out, so no record number, search text or other
 * personal data reaches the log; who read which child's record is in the audit trail.
 */
@Provider
@PreMatching
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

  static final Logger LOG = Logger.getLogger("org.casereviews.api.requests");
  private static final String STARTED = RequestLog.class.getName() + ".started";

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!LOG.isLoggable(java.util.logging.Level.INFO)) {
      return;
    }
    Object started = request.getProperty(STARTED);
    long ms = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
    Principal caller = request.getSecurityContext().getUserPrincipal();
    LOG.info(
        line(
            request.getMethod(),
            template(),
            response.getStatus(),
            caller == null ? "anonymous" : caller.getName(),
            ms));
  }

  static String line(String method, String path, int status, String caller, long ms) {
    return "api-request method="
        + method
        + " path="
        + path
        + " status="
        + status
        + " caller=\""
        + caller.replaceAll("[\\p{Cntrl}\"\\\\]", "_")
        + "\" ms="
        + ms;
  }

  /** The matched resource's address template, or {@code (none)} when no resource matched. */
  private String template() {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    if (type == null) {
      return "(none)";
    }
    return "/" + strip(path(type)) + (resource.getResourceMethod() == null ? "" : method());
  }

  private String method() {
    String sub = path(resource.getResourceMethod());
    return sub.isEmpty() ? "" : "/" + strip(sub);
  }

  private static String path(AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  private static String strip(String path) {
    String stripped = path.startsWith("/") ? path.substring(1) : path;
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
