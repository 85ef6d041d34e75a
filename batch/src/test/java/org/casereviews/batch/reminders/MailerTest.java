package org.casereviews.batch.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class MailerTest {

  @Test
  void aRefusedAddressIsNamedWithTheServersAnswerAndWhereToCorrectIt() throws Exception {
    SendFailedException refused =
        new SendFailedException(
            "Invalid Addresses",
            new MessagingException("550 5.1.1 mailbox unavailable\n"),
            new Address[0],
            new Address[0],
            new Address[] {new InternetAddress("gone@agency.example")});

    assertEquals(
        "The mail server refused gone@agency.example (550 5.1.1 mailbox unavailable): check the"
            + " liaison officers' e-mail addresses in Administration > Users.",
        Mailer.reason(refused));
  }

  @Test
  void anyOtherFailureGivesTheServersWords() {
    MessagingException down =
        new MessagingException(
            "Could not connect to SMTP host: mail.council.example, port: 25",
            new java.net.ConnectException("Connection refused"));

    assertEquals("The e-mail could not be sent: Connection refused.", Mailer.reason(down));
  }
}
