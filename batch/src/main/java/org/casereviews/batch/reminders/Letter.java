package org.casereviews.batch.reminders;

/** The subject and plain-text body of one e-mail. */
public record Letter(String subject, String body) {}
