/**
 * Who may use the application: user accounts with their roles and agency, salted PBKDF2 password
 * hashes, sign-in with lockout after repeated failures, the first administrator account, and the
 * security event lines written to the server log. The web module's authentication mechanism and
 * identity store call {@link org.casereviews.security.AccountService}. Depends on {@code shared},
 * {@code agency} and {@code audit}.
 */
package org.casereviews.security;
