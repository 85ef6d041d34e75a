package org.casereviews.batch.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mails through the server's mail session, named by {@code
 * casereviews.mail.session}. The sender is {@code casereviews.mail.from}, or the session's own
 * from-address when that is not set.
 */
@Dependent
public class Mailer {

  @Inject
  @ConfigProperty(name = "casereviews.mail.session", defaultValue = "mail/casereviews")
  String sessionName;

  @Inject
  @ConfigProperty(name = "casereviews.mail.from")
  Optional<String> from;

  /** The mail session, or the reason there is none. */
  public Session session() throws MailSessionMissingException {
    try {
      return InitialContext.doLookup(sessionName);
    } catch (NamingException | ClassCastException e) {
      throw new MailSessionMissingException(sessionName);
    }
  }

  public void send(Session session, List<String> to, Letter letter) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    if (from.isPresent()) {
      message.setFrom(new InternetAddress(from.get(), true));
    } else {
      message.setFrom();
    }
    message.setRecipients(
        MimeMessage.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
    message.setSubject(letter.subject(), "UTF-8");
    message.setText(letter.body(), "UTF-8");
    message.setSentDate(Date.from(Instant.now()));
    Transport.send(message);
  }

  /** Why a message was not sent, in words for the partnership. */
  public static String reason(MessagingException e) {
    if (e instanceof SendFailedException failed && failed.getInvalidAddresses() != null) {
      String refused =
          Arrays.stream(failed.getInvalidAddresses())
              .map(Address::toString)
              .collect(Collectors.joining(", "));
      String answer = e.getNextException() == null ? "" : " (" + server(e) + ")";
      return "The mail server refused "
          + refused
          + answer
          + ": check the liaison officers' e-mail addresses in Administration > Users.";
    }
    return "The e-mail could not be sent: " + server(e) + ".";
  }

  private static String server(MessagingException e) {
    Exception next = e.getNextException();
    String text = next != null && next.getMessage() != null ? next.getMessage() : e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text.strip();
  }
}
