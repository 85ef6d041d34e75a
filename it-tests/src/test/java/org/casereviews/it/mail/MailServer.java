package org.casereviews.it.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server the test domain's mail session points at ({@code casereviews.it.smtpHost} and
 * {@code casereviews.it.smtpPort}), started by each test. Like a council's mail server it can
 * refuse a mailbox that no longer exists: {@link #refuse} makes it answer {@code 550} to that
 * recipient.
 */
public final class MailServer extends GreenMail implements BeforeEachCallback, AfterEachCallback {

  private final Set<String> refused = ConcurrentHashMap.newKeySet();

  private MailServer(ServerSetup setup) {
    super(setup);
    managers = new RefusingManagers(refused);
  }

  /** A started server on the test domain's SMTP host and port. */
  public static MailServer started() {
    MailServer server = forEachTest();
    server.start();
    return server;
  }

  /**
   * A server that starts before each test of the class that registers it ({@code @RegisterExtension
   * final MailServer mail = MailServer.forEachTest();}) and stops after it.
   */
  public static MailServer forEachTest() {
    return new MailServer(
        new ServerSetup(
            Integer.parseInt(System.getProperty("casereviews.it.smtpPort", "28025")),
            System.getProperty("casereviews.it.smtpHost", "127.0.0.1"),
            ServerSetup.PROTOCOL_SMTP));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }

  /** From now on, mail to this address is refused with 550. */
  public void refuse(String address) {
    refused.add(address.toLowerCase(Locale.ROOT));
  }

  /**
   * The messages received so far that name this address among their recipients, each once (the
   * server keeps a copy in every recipient's mailbox).
   */
  public List<MimeMessage> to(String address) {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    Arrays.stream(getReceivedMessages())
        .filter(m -> addressedTo(m, address))
        .forEach(m -> byId.putIfAbsent(messageId(m), m));
    return List.copyOf(byId.values());
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text body of a received message, with its lines ending in \n as written. */
  public static String text(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The recipients of a received message, as addresses. */
  public static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    return recipients(message).stream().anyMatch(address::equalsIgnoreCase);
  }

  private static final class RefusingManagers extends Managers {

    private final SmtpManager smtp;

    RefusingManagers(Set<String> refused) {
      smtp = new RefusingSmtpManager(this, refused);
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }
  }

  private static final class RefusingSmtpManager extends SmtpManager {

    private final Set<String> refused;

    RefusingSmtpManager(Managers managers, Set<String> refused) {
      super(managers.getImapHostManager(), managers.getUserManager());
      this.refused = refused;
    }

    @Override
    public String checkRecipient(SmtpState state, MailAddress recipient) {
      String email = recipient.getEmail().toLowerCase(Locale.ROOT);
      return refused.contains(email) ? "550 5.1.1 <" + email + ">: mailbox unavailable" : null;
    }
  }
}
