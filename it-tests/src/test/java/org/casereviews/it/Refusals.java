package org.casereviews.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.function.Executable;

/**
 * Expected refusals of service calls. A refusal thrown inside {@link RunAs.Admin} reaches the test
 * wrapped in an {@code EJBException} (the test bean's module does not know the application's
 * exceptions), so the cause chain is searched.
 */
public final class Refusals {

  private Refusals() {}

  public static <T extends Throwable> T expect(Class<T> type, Executable call) {
    try {
      call.execute();
    } catch (Throwable thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (type.isInstance(cause)) {
          return type.cast(cause);
        }
      }
      fail("expected " + type.getSimpleName() + " but got " + thrown, thrown);
    }
    return fail("expected " + type.getSimpleName() + " but the call succeeded");
  }

  /** The call is refused because the caller lacks the role. */
  public static void expectDenied(Executable call) {
    Throwable denied = expect(RuntimeException.class, call);
    boolean accessRefusal = false;
    for (Throwable cause = denied; cause != null; cause = cause.getCause()) {
      accessRefusal |= cause instanceof EJBAccessException || cause instanceof AccessLocalException;
    }
    assertTrue(accessRefusal, "expected an access refusal but got " + denied);
  }
}
