/**
 * Plain-text e-mail through the server's Jakarta Mail session ({@code casereviews.mail.session}),
 * from {@code casereviews.mail.from} or the session's own sender. Used by the services that write
 * to people (the answers to requests for archived reports) and by the batch jobs (the action
 * reminders). Depends on nothing else in the application.
 */
package org.casereviews.shared.mail;
