package org.casereviews.shared.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mails through the server's mail session, named by {@code
 * casereviews.mail.session}. The sender is {@code casereviews.mail.from}, or the session's own
 * from-address when that is not set.
 */
@Dependent
public class MailSender {

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

  /** Sends one message to all of {@code to} at once. */
  public void send(Session session, List<String> to, String subject, String body)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    if (from.filter(sender -> !sender.isBlank()).isPresent()) {
      message.setFrom(new InternetAddress(from.get(), true));
    } else {
      message.setFrom();
    }
    message.setRecipients(
        MimeMessage.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(Date.from(Instant.now()));
    Transport.send(message);
  }

  /** Looks the session up and sends one message: the usual case. */
  public void send(List<String> to, String subject, String body)
      throws MailSessionMissingException, MessagingException {
    send(session(), to, subject, body);
  }

  /** What the mail server answered, or what went wrong on the way to it, in its own words. */
  public static String serverAnswer(MessagingException e) {
    Exception next = e.getNextException();
    String text = next != null && next.getMessage() != null ? next.getMessage() : e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text.strip();
  }
}
