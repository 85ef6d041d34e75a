/**
 * The publication screens under /admin/publication/, for review officers and administrators: the
 * links of the public page (national reviews, thematic collections, other partnerships' reviews,
 * national guidance). Calls the publication services only.
 */
package org.casereviews.web.admin.publication;
