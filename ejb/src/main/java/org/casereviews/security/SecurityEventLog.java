package org.casereviews.security;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security events as structured lines in the server log, for the council's log collector: {@code
 * security-event event=LOGIN_FAILED user="jsmith" origin="10.0.0.7" reason="WRONG_PASSWORD"}.
 * Values are quoted and stripped of quotes and line breaks, so typed input cannot forge a line.
 */
final class SecurityEventLog {

  private static final Logger LOG = Logger.getLogger("org.casereviews.security.events");

  private SecurityEventLog() {}

  static void log(Level level, String event, String username, String origin, String reason) {
    if (LOG.isLoggable(level)) {
      LOG.log(level, line(event, username, origin, reason));
    }
  }

  static String line(String event, String username, String origin, String reason) {
    return "security-event event="
        + event
        + " user="
        + quoted(username)
        + " origin="
        + quoted(origin)
        + " reason="
        + quoted(reason);
  }

  private static String quoted(String value) {
    if (value == null) {
      return "\"\"";
    }
    String clean = value.replaceAll("[\\p{Cntrl}\"\\\\]", "_");
    return "\"" + (clean.length() > 80 ? clean.substring(0, 80) : clean) + "\"";
  }
}
