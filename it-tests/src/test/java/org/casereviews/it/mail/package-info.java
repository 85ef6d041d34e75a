/**
 * A real SMTP server (GreenMail) in the test JVM, for client-side tests of the mail the application
 * sends. Client side only: kept out of the test deployment.
 */
package org.casereviews.it.mail;
