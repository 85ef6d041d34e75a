package org.casereviews.api;

import java.util.List;

/** Every error the API returns: the HTTP status, a sentence for people, and details per field. */
public record ErrorBody(int status, String message, List<String> details) {

  public static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, List.of());
  }
}
