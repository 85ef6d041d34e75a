/**
 * How callers sign in: one Jakarta Security authentication mechanism serving the sign-in page
 * (session based) and HTTP Basic for the REST API, over an identity store backed by the
 * application's user accounts.
 */
package org.casereviews.web.security;
