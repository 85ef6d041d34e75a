/**
 * The public pages under /public/ (the package cannot be called {@code public}): the published
 * reviews with their documents and the partnership's links, and the public downloads, which answer
 * 404 for anything not published and 410 for a report taken down with its archived review. No
 * sign-in and no session; everything comes from the publication services, which audit the
 * downloads.
 */
package org.casereviews.web.publicpages;
