package org.casereviews.security;

/**
 * The council's directory could not answer: not reachable, too slow, or it refused the
 * application's own bind. Its message names the directory and says what to check.
 */
class DirectoryUnavailableException extends Exception {

  DirectoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
