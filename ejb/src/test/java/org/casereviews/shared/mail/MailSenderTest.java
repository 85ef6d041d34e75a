package org.casereviews.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

class MailSenderTest {

  @Test
  void withoutTheMailSessionNothingIsSentAndTheAdministratorIsToldHowToCreateIt() {
    MailSender sender = new MailSender();
    sender.sessionName = "mail/casereviews";

    MailSessionMissingException missing =
        assertThrows(MailSessionMissingException.class, sender::session);

    assertTrue(
        missing
            .getMessage()
            .startsWith(
                "No mail session mail/casereviews: ask the server administrator to create it with"
                    + " asadmin create-javamail-resource"),
        missing.getMessage());
  }

  @Test
  void theServersAnswerIsGivenInItsOwnWords() {
    MessagingException refused =
        new MessagingException(
            "Invalid Addresses", new MessagingException("550 5.1.1 mailbox unavailable\n"));

    assertEquals("550 5.1.1 mailbox unavailable", MailSender.serverAnswer(refused));
  }
}
