package org.casereviews.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application is deployed and answering: the server's {@code /health/live} then
 * names it. A server that no longer answers this needs restarting; one that is live but not ready
 * (see the readiness checks) waits for its database or its inbox.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("casereviews-application");
  }
}
