package org.casereviews.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.casereviews.security.Roles;

/**
 * Calls services as a partnership administrator, for in-container tests: the bean carries
 * {@code @RunAs}, which the EAR maps to a run-as principal nobody can sign in as. The other roles
 * are tried over HTTP with real users (see the api and web tests).
 */
public final class RunAs {

  private RunAs() {}

  static <T> T call(Callable<T> work) {
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** As a partnership administrator. */
  @Stateless
  @PermitAll
  @jakarta.annotation.security.RunAs(Roles.PARTNERSHIP_ADMIN)
  public static class Admin {
    public <T> T call(Callable<T> work) {
      return RunAs.call(work);
    }
  }
}
