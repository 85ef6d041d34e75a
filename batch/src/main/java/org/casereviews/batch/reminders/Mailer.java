package org.casereviews.batch.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casereviews.shared.mail.MailSender;
import org.casereviews.shared.mail.MailSessionMissingException;

/**
 * The reminders' letters through the application's {@link MailSender}, and why one was not sent, in
 * words for the partnership.
 */
@Dependent
public class Mailer {

  @Inject MailSender sender;

  /** The mail session, or the reason there is none. */
  public Session session() throws MailSessionMissingException {
    return sender.session();
  }

  public void send(Session session, List<String> to, Letter letter) throws MessagingException {
    sender.send(session, to, letter.subject(), letter.body());
  }

  /** Why a message was not sent, in words for the partnership. */
  public static String reason(MessagingException e) {
    if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null) {
      String refused =
          Arrays.stream(failed.getInvalidAddresses())
              .map(Address::toString)
              .collect(Collectors.joining(", "));
      String answer = e.getNextException() == null ? "" : " (" + MailSender.serverAnswer(e) + ")";
      return "The mail server refused "
          + refused
          + answer
          + ": check the liaison officers' e-mail addresses in Administration > Users.";
    }
    return "The e-mail could not be sent: " + MailSender.serverAnswer(e) + ".";
  }
}
