/**
 * The child death screens under /admin/cdop/ (CDOP officers and partnership administrators): the
 * list of records with its filters and exports, one record with its identity, notifications,
 * timeline and next steps, the panel's analysis form, panel meetings with their cases, the queue of
 * possible matches, and the import of a file followed on a progress bar. Calls the cdop services
 * and the batch module's child-death import; shows who a child was only masked, except on the
 * record's own page and to the officer deciding a possible match.
 */
package org.casereviews.web.admin.cdop;
