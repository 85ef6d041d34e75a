/**
 * The public pages under /public/ (the package cannot be called {@code public}): the published
 * reviews with their documents and the partnership's links, the public downloads, which answer 404
 * for anything not published and 410 for a report taken down with its archived review, the request
 * form for the reports of an archived review, and the page an approved request's link opens with
 * its downloads. No sign-in; everything comes from the {@code @PermitAll} methods of the
 * publication services, which audit the downloads; every value shown is escaped.
 */
package org.casereviews.web.publicpages;
