package org.casereviews.shared.mail;

/** The server has no mail session by the configured name: nothing can be sent. */
public class MailSessionMissingException extends Exception {

  private static final long serialVersionUID = 1L;

  public MailSessionMissingException(String jndiName) {
    super(
        "No mail session "
            + jndiName
            + ": ask the server administrator to create it with asadmin create-javamail-resource"
            + " --mailhost SMTP-HOST --mailuser USER --fromaddress ADDRESS "
            + jndiName
            + " (see the README, The mail session).");
  }
}
