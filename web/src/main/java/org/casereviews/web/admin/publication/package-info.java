/**
 * The publication screens under /admin/publication/, for review officers and administrators: the
 * links of the public page (national reviews, thematic collections, other partnerships' reviews,
 * national guidance), and the queue of the public's requests for archived reports (approve, decline
 * with the reason, each request's history and downloads) with how often archived reports are asked
 * for. Calls the publication services only.
 */
package org.casereviews.web.admin.publication;
